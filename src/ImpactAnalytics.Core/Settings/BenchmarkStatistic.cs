namespace ImpactAnalytics.Core.Settings;

/// <summary>Which statistic of the sector cell members are compared with (METHODS §4–5).</summary>
public enum BenchmarkStatistic
{
    /// <summary>The median LP of the cell (type-7 quantile). Default.</summary>
    Median = 0,

    /// <summary>The (winsorised or trimmed) mean LP of the cell.</summary>
    Mean = 1,

    /// <summary>The aggregate ratio ΣVA / ΣFTE of the cell (raw sums).</summary>
    Ratio = 2,
}
