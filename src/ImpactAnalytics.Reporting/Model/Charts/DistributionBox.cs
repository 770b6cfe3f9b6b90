namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>
/// The distribution of one group's members against their sector benchmark, as quantiles (no firm-level values
/// reach the report): a box from P25 to P75 with the median, whiskers from P10 to P90.
/// </summary>
/// <param name="Label">The group, e.g. the cluster.</param>
/// <param name="N">Members in the group.</param>
/// <param name="P10">10th percentile, in the measure's unit.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
public sealed record DistributionBox(string Label, long N, double P10, double P25, double Median, double P75, double P90);
