using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Simulation.Economy;
using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>
/// Simulates one firm from its own random stream. Productivity follows
/// ln LP_it = ln(sector level) + α_i + u_it + s_d(i),t + ln(1 + effect)·D_it, with α_i the persistent firm effect,
/// u_it an AR(1) deviation, s_d,t the shared division-year path and D_it = 1 from the firm's first membership year
/// on. Size is ln FTE_it = persistent size + AR(1) deviation + division-year shift. Value added = LP × FTE.
/// </summary>
internal sealed class FirmSimulator
{
    private const double SizePersistence = 0.8;
    private const double SizeInnovationSd = 0.08;

    private static readonly NaceCode[][] Subclasses = SectorCatalog.All
        .Select(s => s.Subclasses.Select(c => NaceCode.ParseExact(c, NaceVersion.NaceBel2008)).ToArray())
        .ToArray();

    private readonly PopulationSettings _settings;
    private readonly DivisionShocks _shocks;

    public FirmSimulator(PopulationSettings settings)
    {
        _settings = settings;
        _shocks = new DivisionShocks(settings.Seed, settings.FirstYear, settings.LastYear);
    }

    public SyntheticFirm Simulate(int index)
    {
        var s = _settings;
        var rng = new Xoshiro256(SplitMix64.Combine(s.Seed, index));
        var firm = FirmProfile.Draw(ref rng, s);
        var membership = MembershipDraw.Draw(ref rng, firm, s);
        var nace = Subclasses[firm.SectorIndex][firm.SubclassDraw];
        var division = nace.Division;

        var lastYear = Math.Min(firm.LastAlive, s.LastYear);
        var years = new SyntheticFirmYear[lastYear - firm.Entry + 1];
        var rho = s.Persistence;
        var lpDeviation = s.TransitorySd / Math.Sqrt(1 - (rho * rho)) * rng.NextNormal();
        var sizeDeviation = SizeInnovationSd / Math.Sqrt(1 - (SizePersistence * SizePersistence)) * rng.NextNormal();
        var lnLevel = Math.Log(firm.Sector.Productivity) + firm.Alpha;
        FilingScheme? status = null;
        FilingScheme? previousRaw = null;
        for (var i = 0; i < years.Length; i++)
        {
            var year = firm.Entry + i;
            var d = YearDraws.Draw(ref rng);
            if (i > 0)
            {
                lpDeviation = (rho * lpDeviation) + (s.TransitorySd * d.Productivity);
                sizeDeviation = (SizePersistence * sizeDeviation) + (SizeInnovationSd * d.Size);
            }

            var fte = Math.Round(Math.Max(0.1, Math.Exp(firm.LnFte + sizeDeviation + _shocks.LnFte(division, year))), 1, MidpointRounding.AwayFromZero);
            var productivity = Math.Exp(lnLevel + lpDeviation + _shocks.LnProductivity(division, year));
            var treated = membership.TreatedFrom is { } g && year >= g;
            var multiplier = treated ? 1 + s.Effect : 1.0;
            var figures = AccountsComposer.Compose(firm, d, fte, productivity * fte, multiplier);

            var raw = SizeCriteria.Classify(year, figures.Fte, figures.Turnover, figures.TotalAssets);
            status = SizeCriteria.Apply(status, previousRaw, raw);
            previousRaw = raw;
            var scheme = status switch
            {
                FilingScheme.Micro when firm.MicroFilesAbbreviated => FilingScheme.Abbreviated,
                FilingScheme.Abbreviated when firm.SmallFilesFull => FilingScheme.Full,
                _ => status.Value,
            };

            years[i] = new SyntheticFirmYear(
                year, scheme, AccountsComposer.Report(figures, scheme, firm), figures.ValueAdded, figures.Fte, treated, multiplier);
        }

        return new SyntheticFirm(
            index,
            FirmIdentity.Number(s.Seed, index),
            FirmIdentity.Name(index, firm.Sector.Key, firm.PlaceDraw, Math.Exp(firm.LnFte) > 50),
            nace,
            Provinces.Names[firm.Province],
            firm.Founded,
            years,
            Spells(FirmIdentity.Number(s.Seed, index), membership),
            firm.Alpha,
            membership.TreatedFrom);
    }

    private static MembershipSpell[] Spells(EnterpriseNumber id, MembershipDraw membership) => membership.Cluster is { } cluster
        ? membership.Spells.Select(sp => MembershipSpell.Create(id, cluster, sp.Start, sp.End).Value).ToArray()
        : [];
}
