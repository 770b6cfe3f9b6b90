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
        // One key per firm-year: the enterprise number (under 2e9) times 10,000 plus the (four-digit) year.
        var allSeen = new HashSet<long>(deltas.Count);
        List<double>? cell = null;
        (string Cluster, int Year) cellKey = default;
        foreach (var delta in deltas)
        {
            if (delta.Percentile is not { } percentile)
            {
                continue;
            }

            // The deltas come cluster by cluster and year by year: look the cell up only when it changes.
            if (cell is null || cellKey.Year != delta.Year || !string.Equals(cellKey.Cluster, delta.Cluster, StringComparison.Ordinal))
            {
                cellKey = (delta.Cluster, delta.Year);
                cell = Cell(byCell, cellKey);
            }

            cell.Add(100.0 * percentile);
            if (allSeen.Add((delta.EnterpriseNumber.Value * 10_000L) + delta.Year))
            {
                Cell(byCell, (ClusterKeys.All, delta.Year)).Add(100.0 * percentile);
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

    private static List<double> Cell(Dictionary<(string, int), List<double>> cells, (string, int) key)
    {
        if (!cells.TryGetValue(key, out var list))
        {
            list = [];
            cells[key] = list;
        }

        return list;
    }
}
