namespace ImpactAnalytics.Simulation.Tests;

/// <summary>
/// The embedded sample's population (3,000 firms, 2014–2023, seed 20240501), generated once per test run both as
/// firms (with their hidden truth) and as a panel.
/// </summary>
public sealed class SampleFixture
{
    public static readonly PopulationSettings Settings = new(3000, 2014, 2023, 20240501);

    public SampleFixture()
    {
        Firms = new PopulationGenerator(Settings).Firms().ToArray();
        Population = PopulationGenerator.BuildPanel(Settings);
    }

    public IReadOnlyList<SyntheticFirm> Firms { get; }

    public SimulatedPopulation Population { get; }

    /// <summary>Every firm-year with its firm.</summary>
    public IEnumerable<(SyntheticFirm Firm, SyntheticFirmYear Year)> FirmYears =>
        Firms.SelectMany(f => f.Years.Select(y => (f, y)));
}

[CollectionDefinition(Name)]
public sealed class SampleGroup : ICollectionFixture<SampleFixture>
{
    public const string Name = "sample";
}
