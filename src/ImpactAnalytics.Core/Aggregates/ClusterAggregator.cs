using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Per cluster and year, and for all clusters together, the key figures of <see cref="ClusterYearSummary"/>.
/// Member rows are grouped by (cluster, year) with a counting sort; each group is summarised in one pass.
/// </summary>
internal static class ClusterAggregator
{
    /// <summary>The summaries (cluster ordinal order, ALL last; then year) with the dominance share of each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (ClusterYearSummary[] Rows, double[] Dominance) Compute(
        FirmPanel panel,
        FirmMeasures measures,
        MembershipIndex membership,
        MemberComparison comparison,
        RegionTotals region,
        int firstYear,
        int lastYear,
        BootstrapSettings bootstrap)
    {
        var keys = membership.Clusters.Length + 1;
        var years = lastYear - firstYear + 1;
        var count = new int[(keys * years) + 1];
        var rows = comparison.Rows;
        // The member rows' columns are read from the panel once, in row order; every pass below reads these.
        var columns = new MemberColumns(panel, measures, membership, rows, firstYear);
        for (var i = 0; i < rows.Length; i++)
        {
            var y = columns.Year[i];
            var set = columns.Set[i];
            for (var k = 0; k < keys; k++)
            {
                if (InKey(set, k, keys))
                {
                    count[(k * years) + y + 1]++;
                }
            }
        }

        for (var b = 0; b < keys * years; b++)
        {
            count[b + 1] += count[b];
        }

        var members = new int[count[^1]];
        var next = count[..^1];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = columns.Year[i];
            var set = columns.Set[i];
            for (var k = 0; k < keys; k++)
            {
                if (InKey(set, k, keys))
                {
                    members[next[(k * years) + y]++] = i;
                }
            }
        }

        var result = new List<ClusterYearSummary>();
        var dominance = new List<double>();
        var logRatios = new List<double[]>();
        var seeds = new List<ulong>();
        for (var k = 0; k < keys; k++)
        {
            var name = k < membership.Clusters.Length ? membership.Clusters[k] : ClusterKeys.All;
            for (var y = 0; y < years; y++)
            {
                var group = members.AsSpan(count[(k * years) + y], count[(k * years) + y + 1] - count[(k * years) + y]);
                if (!group.IsEmpty)
                {
                    var (summary, share, logRatio) = Summarise(name, firstYear + y, group, columns, comparison, region);
                    result.Add(summary);
                    dominance.Add(share);
                    logRatios.Add(logRatio);
                    seeds.Add(SplitMix64.CellSeed(bootstrap.Seed, name, firstYear + y));
                }
            }
        }

        // The bootstrap intervals of all cells at once, so the cores share the replicates of every cell.
        var intervals = Bootstrap.MeanIntervals(logRatios, seeds, bootstrap.Replicates);
        var summaries = new ClusterYearSummary[result.Count];
        for (var c = 0; c < summaries.Length; c++)
        {
            summaries[c] = result[c] with { CiLow = intervals[c]?.Low, CiHigh = intervals[c]?.High };
        }

        return (summaries, [.. dominance]);
    }

    // Key k < keys − 1 is cluster k; the last key is ALL, which every member row (non-empty set) belongs to.
    private static bool InKey(ulong set, int k, int keys) => k == keys - 1 || (set & (1UL << k)) != 0;

    // A cell's figures without its bootstrap interval, with the log ratios the interval is drawn from.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ClusterYearSummary Summary, double Dominance, double[] LogRatio) Summarise(
        string cluster,
        int year,
        ReadOnlySpan<int> group,
        MemberColumns columns,
        MemberComparison cmp,
        RegionTotals region)
    {
        var present = columns.Present;
        var va = columns.Va;
        var fte = columns.Fte;
        var dominance = default(Dominance);
        double vaTotal = 0, fteTotal = 0, lpVa = 0, lpFte = 0, bVa = 0, bFte = 0, bWeighted = 0;
        int nLp = 0, nBenchmark = 0, nAbove = 0, nExcluded = 0;
        var deltaRel = new List<double>();
        var logRatio = new List<double>();
        foreach (var i in group)
        {
            if ((present[i] & MeasureSet.Va) != 0)
            {
                vaTotal += va[i];
                dominance.Add(va[i]);
            }

            if ((present[i] & MeasureSet.Fte) != 0)
            {
                fteTotal += fte[i];
            }

            if ((present[i] & MeasureSet.Lp) == 0)
            {
                continue;
            }

            nLp++;
            lpVa += va[i];
            lpFte += fte[i];
            if (cmp.Level[i] < 0)
            {
                continue;
            }

            nBenchmark++;
            bVa += va[i];
            bFte += fte[i];
            bWeighted += fte[i] * cmp.Benchmark[i];
            nAbove += columns.Lp[i] > cmp.SectorMedian[i] ? 1 : 0;
            if (cmp.HasDeltaRel[i])
            {
                deltaRel.Add(cmp.DeltaRel[i]);
            }

            if (cmp.HasLogRatio[i])
            {
                logRatio.Add(cmp.LogRatio[i]);
            }
            else
            {
                nExcluded++;
            }
        }

        var y = year - region.FirstYear;
        double? expected = nBenchmark > 0 ? bWeighted / bFte : null;
        double? meanLog = logRatio.Count > 0 ? logRatio.Average() : null;
        var summary = new ClusterYearSummary(
            cluster,
            year,
            group.Length,
            nLp,
            vaTotal,
            fteTotal,
            region.Va[y] != 0 ? vaTotal / region.Va[y] : null,
            region.Fte[y] != 0 ? fteTotal / region.Fte[y] : null,
            nLp > 0 ? lpVa / lpFte : null,
            expected,
            expected > 0 ? (bVa / bFte / expected.Value) - 1 : null,
            deltaRel.Count > 0 ? OrderStatistics.Median(CollectionsMarshal.AsSpan(deltaRel)) : null,
            nBenchmark > 0 ? (double)nAbove / nBenchmark : null,
            meanLog,
            null,
            null,
            nExcluded,
            nLp - nBenchmark);
        return (summary, dominance.Share, logRatio.ToArray());
    }
}
