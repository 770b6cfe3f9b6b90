namespace ImpactAnalytics.Simulation.Economy;

/// <summary>The Flemish spearhead clusters (speerpuntclusters) as the membership file names them, and when each started.</summary>
internal static class ClusterNames
{
    public const string Catalisti = "Catalisti";
    public const string Flux50 = "Flux50";
    public const string Sim = "SIM";
    public const string Vil = "VIL";
    public const string FlandersFood = "Flanders' FOOD";
    public const string BlueCluster = "Blue Cluster";
    public const string Medvia = "MEDVIA";

    /// <summary>Every cluster in a fixed order (the order of the membership propensity shifts below).</summary>
    public static IReadOnlyList<string> All { get; } = [Catalisti, Flux50, Sim, Vil, FlandersFood, BlueCluster, Medvia];

    /// <summary>
    /// First year a firm can be a member. The five original spearhead clusters were recognised in 2017, the Blue
    /// Cluster in 2018, MEDVIA in 2021.
    /// </summary>
    public static int StartYear(string cluster) => cluster switch
    {
        BlueCluster => 2018,
        Medvia => 2021,
        _ => 2017,
    };

    /// <summary>
    /// Shift of the membership log-odds per cluster, tuned so that a 3,000-firm sample has 30–80 members per
    /// cluster and year: small pools and late starts get a higher propensity.
    /// </summary>
    public static double PropensityShift(string cluster) => cluster switch
    {
        BlueCluster => 1.3,
        Medvia => 1.3,
        Sim => 0.5,
        _ => 0.0,
    };
}
