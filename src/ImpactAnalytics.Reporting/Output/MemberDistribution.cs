using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Comparison;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The published distribution of members against their sectors: per cluster and year the P10, P25, median, P75 and
/// P90 of the members' percentile in their benchmark cell (50 = the sector median). Only quantiles reach the report;
/// a cell is published when at least min_firms members have a percentile and the cluster-year passed disclosure
/// control. <c>ALL</c> counts each member firm-year once, however many clusters it belongs to.
/// </summary>
internal static class MemberDistribution
{
    public static IReadOnlyList<DistributionCell> Compute(
        IReadOnlyList<MemberDelta> deltas, IReadOnlyList<ClusterYearSummary> summaries, int minFirms)
    {
        var byCell = new Dictionary<(string Cluster, int Year), List<double>>();
        var allSeen = new HashSet<(long Firm, int Year)>();
        foreach (var delta in deltas)
        {
            if (delta.Percentile is not { } percentile)
            {
                continue;
            }

            Add(byCell, (delta.Cluster, delta.Year), 100.0 * percentile);
            if (allSeen.Add((delta.EnterpriseNumber.Value, delta.Year)))
            {
                Add(byCell, (ClusterKeys.All, delta.Year), 100.0 * percentile);
            }
        }

        var result = new List<DistributionCell>();
        // The summaries fix the order (clusters ordinal with ALL last, then year) and the suppression.
        foreach (var summary in summaries)
        {
            if (!byCell.TryGetValue((summary.Cluster, summary.Year), out var values))
            {
                continue;
            }

            values.Sort();
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
            result.Add(values.Count >= minFirms && !summary.Suppressed
                ? new DistributionCell(summary.Cluster, summary.Year, values.Count,
                    Quantiles.Type7(span, 0.10), Quantiles.Type7(span, 0.25), Quantiles.Type7(span, 0.50),
                    Quantiles.Type7(span, 0.75), Quantiles.Type7(span, 0.90))
                : new DistributionCell(summary.Cluster, summary.Year, values.Count, null, null, null, null, null));
        }

        return result;
    }

    private static void Add(Dictionary<(string, int), List<double>> cells, (string, int) key, double value)
    {
        if (!cells.TryGetValue(key, out var list))
        {
            list = [];
            cells[key] = list;
        }

        list.Add(value);
    }
}
