using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Comparison;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The member firm-years of a run split by cluster once, so that the firm counts of the charts (distinct firms over
/// the years a chart shows) each read one cluster's rows instead of every member delta. <c>ALL</c> holds every row.
/// </summary>
internal sealed class MemberFirms
{
    private readonly Dictionary<string, List<Entry>> _byCluster = new(StringComparer.Ordinal);
    private readonly Entry[] _all;

    public MemberFirms(IReadOnlyList<MemberDelta> deltas)
    {
        _all = new Entry[deltas.Count];
        string? cluster = null;
        List<Entry>? rows = null;
        for (var i = 0; i < deltas.Count; i++)
        {
            var d = deltas[i];
            var entry = new Entry(d.EnterpriseNumber.Value, d.Year, d.LogRatio is not null, d.Percentile is not null);
            _all[i] = entry;
            // The deltas come cluster by cluster: look the list up only when the cluster changes.
            if (rows is null || !string.Equals(cluster, d.Cluster, StringComparison.Ordinal))
            {
                cluster = d.Cluster;
                if (!_byCluster.TryGetValue(cluster, out rows))
                {
                    rows = [];
                    _byCluster[cluster] = rows;
                }
            }

            rows.Add(entry);
        }
    }

    /// <summary>Distinct firms of <paramref name="cluster"/> with a log ratio in one of <paramref name="years"/>.</summary>
    public long WithLogRatio(string cluster, IReadOnlySet<int> years) => Count(cluster, years, percentile: false);

    /// <summary>Distinct firms of <paramref name="cluster"/> with a percentile in one of <paramref name="years"/>.</summary>
    public long WithPercentile(string cluster, IReadOnlySet<int> years) => Count(cluster, years, percentile: true);

    private long Count(string cluster, IReadOnlySet<int> years, bool percentile)
    {
        IReadOnlyList<Entry> rows = cluster == ClusterKeys.All
            ? _all
            : _byCluster.TryGetValue(cluster, out var list) ? list : [];
        var firms = new HashSet<long>(rows.Count);
        foreach (var row in rows)
        {
            if ((percentile ? row.HasPercentile : row.HasLogRatio) && years.Contains(row.Year))
            {
                firms.Add(row.Firm);
            }
        }

        return firms.Count;
    }

    private readonly record struct Entry(long Firm, int Year, bool HasLogRatio, bool HasPercentile);
}
