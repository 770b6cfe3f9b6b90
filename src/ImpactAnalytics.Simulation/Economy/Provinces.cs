namespace ImpactAnalytics.Simulation.Economy;

/// <summary>The five Flemish provinces, as the register's region column writes them.</summary>
internal static class Provinces
{
    /// <summary>Province names, in the order of every province weight vector.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"];

    /// <summary>Default cumulative weights: roughly each province's share of Flemish enterprises.</summary>
    public static IReadOnlyList<double> DefaultCumulative { get; } =
        SectorCatalog.Accumulate([0.28, 0.13, 0.23, 0.17, 0.19]);
}
