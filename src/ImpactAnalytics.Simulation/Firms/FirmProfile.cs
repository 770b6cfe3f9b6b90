using ImpactAnalytics.Simulation.Economy;
using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>
/// The persistent traits of one firm, drawn once from its own random stream: sector, place, life span, the
/// persistent productivity and size components, and its reporting habits.
/// </summary>
internal sealed class FirmProfile
{
    /// <summary>Correlation of persistent size with the persistent productivity effect (bigger firms are more productive).</summary>
    private const double SizeProductivityCorrelation = 0.35;

    public required int SectorIndex { get; init; }

    public required Sector Sector { get; init; }

    public required int SubclassDraw { get; init; }

    public required int Province { get; init; }

    public required int PlaceDraw { get; init; }

    public required int Founded { get; init; }

    /// <summary>First year with accounts.</summary>
    public required int Entry { get; init; }

    /// <summary>Last year with accounts if the firm lived on for ever after the window; may lie beyond it.</summary>
    public required int LastAlive { get; init; }

    /// <summary>Persistent firm effect in ln LP (α_i).</summary>
    public required double Alpha { get; init; }

    /// <summary>Alpha in standard deviations of the sector.</summary>
    public required double ProductivityZ { get; init; }

    /// <summary>Persistent ln FTE.</summary>
    public required double LnFte { get; init; }

    /// <summary>Persistent size in standard deviations of the sector (around the sector median).</summary>
    public required double SizeZ { get; init; }

    public required double CapitalZ { get; init; }

    public required double ValueAddedShareZ { get; init; }

    public required double GoodsZ { get; init; }

    public required double WageZ { get; init; }

    /// <summary>A micro firm that files the abbreviated scheme anyway.</summary>
    public required bool MicroFilesAbbreviated { get; init; }

    /// <summary>A small firm that files the full scheme anyway.</summary>
    public required bool SmallFilesFull { get; init; }

    /// <summary>Uniform draw deciding how much detail an abbreviated filing shows.</summary>
    public required double DetailDraw { get; init; }

    /// <summary>Uniform draw deciding whether FTE comes as 1003, 9087 or both.</summary>
    public required double FteCodeDraw { get; init; }

    public static FirmProfile Draw(ref Xoshiro256 rng, PopulationSettings settings)
    {
        var sectorIndex = SectorCatalog.Pick(SectorCatalog.Cumulative, rng.NextDouble());
        var sector = SectorCatalog.All[sectorIndex];
        var subclass = rng.NextInt(sector.Subclasses.Length);
        var province = SectorCatalog.Pick(
            sector.ProvinceWeights is { } w ? SectorCatalog.Accumulate(w) : Provinces.DefaultCumulative, rng.NextDouble());
        var place = rng.NextInt(FirmIdentity.PlaceCount);

        var entrantDraw = rng.NextDouble();
        var entryDraw = rng.NextDouble();
        var ageDraw = rng.NextExponential(15);
        var window = settings.LastYear - settings.FirstYear;
        var entrant = window > 0 && entrantDraw < settings.EntrantShare;
        var entry = entrant ? settings.FirstYear + 1 + (int)(entryDraw * window) : settings.FirstYear;
        var founded = entrant ? entry : settings.FirstYear - 1 - (int)Math.Min(ageDraw, 80);
        var ageAtEntry = entry - founded;

        var productivityZ = rng.NextNormal();
        var ownSizeZ = rng.NextNormal();
        var sizeZ = (SizeProductivityCorrelation * productivityZ)
            + (Math.Sqrt(1 - (SizeProductivityCorrelation * SizeProductivityCorrelation)) * ownSizeZ)
            + (0.15 * (Math.Log(1 + ageAtEntry) - 2.7));
        var lnFte = Math.Log(sector.FteMedian) + (sector.FteSd * sizeZ);

        // Exit: constant yearly hazard, higher for small and young firms, independent of productivity shocks so
        // that survival does not bend the comparison group's trends.
        var hazard = settings.ExitHazard
            * (Math.Exp(lnFte) < 5 ? 1.4 : Math.Exp(lnFte) > 50 ? 0.4 : 1.0)
            * (ageAtEntry < 5 ? 1.5 : 1.0);
        var exitDraw = rng.NextOpenDouble();
        var yearsLived = hazard <= 0 ? 1000 : hazard >= 1 ? 0 : Math.Min(1000, (int)(Math.Log(exitDraw) / Math.Log(1 - hazard)));

        return new FirmProfile
        {
            SectorIndex = sectorIndex,
            Sector = sector,
            SubclassDraw = subclass,
            Province = province,
            PlaceDraw = place,
            Founded = founded,
            Entry = entry,
            LastAlive = entry + yearsLived,
            Alpha = sector.ProductivitySd * productivityZ,
            ProductivityZ = productivityZ,
            LnFte = lnFte,
            SizeZ = sizeZ,
            CapitalZ = rng.NextNormal(),
            ValueAddedShareZ = rng.NextNormal(),
            GoodsZ = rng.NextNormal(),
            WageZ = rng.NextNormal(),
            MicroFilesAbbreviated = rng.Chance(0.25),
            SmallFilesFull = rng.Chance(0.04),
            DetailDraw = rng.NextDouble(),
            FteCodeDraw = rng.NextDouble(),
        };
    }
}
