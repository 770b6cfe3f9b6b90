using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Settings;

/// <summary>How sector benchmarks are built (METHODS §4). Defaults are the methods' defaults.</summary>
public sealed record BenchmarkSettings
{
    /// <summary>NACE level of a benchmark cell. Default class (4 digits).</summary>
    public NaceLevel Level { get; init; } = NaceLevel.Class;

    /// <summary>The statistic members are compared with. Default median.</summary>
    public BenchmarkStatistic Statistic { get; init; } = BenchmarkStatistic.Median;

    /// <summary>Leave cluster members out of the benchmark population. Default true.</summary>
    public bool ExcludeMembers { get; init; } = true;

    /// <summary>Cells with fewer firms fall back to the parent level. Default 10.</summary>
    public int MinCell { get; init; } = 10;

    /// <summary>Outlier treatment within a cell. Default winsorise at p1/p99.</summary>
    public OutlierRule Outliers { get; init; } = new();
}
