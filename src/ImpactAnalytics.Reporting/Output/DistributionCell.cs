namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// Quantiles (type 7) of the members' percentile within their benchmark cell, 0–100, for one cluster and year. The
/// quantiles are <c>null</c> when the cell is withheld: fewer than min_firms members with a percentile, or the
/// cluster-year itself suppressed.
/// </summary>
internal sealed record DistributionCell(
    string Cluster, int Year, int N, double? P10, double? P25, double? Median, double? P75, double? P90)
{
    public bool Published => Median is not null;
}
