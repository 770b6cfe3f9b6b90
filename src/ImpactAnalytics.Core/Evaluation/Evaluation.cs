using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Evaluation;

/// <summary>
/// The front door of the descriptive evaluation: measures → benchmarks → member comparison → cluster aggregates →
/// disclosure control. Pure and deterministic: no I/O, and the same panel, settings and seed give the same result.
/// </summary>
public static class Evaluation
{
    /// <summary>Runs the evaluation on a validated panel.</summary>
    /// <exception cref="ArgumentException">When the settings are inconsistent (unknown formula, subclass level,
    /// outlier bounds out of order, last year before first, more than 64 clusters).</exception>
    public static EvaluationResult Run(FirmPanel panel, EvaluationSettings settings) => Run(panel, settings, null);

    /// <summary>
    /// As <see cref="Run(FirmPanel, EvaluationSettings)"/> with the measures already computed by
    /// <see cref="MeasureCalculator.Compute"/> for this panel, <see cref="EvaluationSettings.Measures"/> and
    /// <see cref="EvaluationSettings.Deflators"/> (so that a caller can start other work on them, such as the
    /// counterfactual, beside the evaluation); null computes them here.
    /// </summary>
    /// <exception cref="ArgumentException">As above, and when the measures are of another panel or other settings.</exception>
    public static EvaluationResult Run(FirmPanel panel, EvaluationSettings settings, FirmMeasures? measures)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(settings);
        if (measures is not null && !measures.ComputedFor(panel, settings.Measures, settings.Deflators))
        {
            throw new ArgumentException("the measures were computed for another panel or with other measure settings or deflators", nameof(measures));
        }

        var firstYear = settings.FirstYear ?? (panel.RowCount > 0 ? panel.RowYear.Min() : 0);
        var lastYear = settings.LastYear ?? (panel.RowCount > 0 ? panel.RowYear.Max() : -1);
        if (lastYear < firstYear && (settings.FirstYear is not null || settings.LastYear is not null))
        {
            throw new ArgumentException($"study period ends in {lastYear} before it starts in {firstYear}", nameof(settings));
        }

        var rule = settings.Benchmark.Outliers;
        if (!(rule.Low >= 0 && rule.Low < rule.High && rule.High <= 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"outlier bounds must satisfy 0 ≤ low < high ≤ 1, found {rule.Low} and {rule.High}"),
                nameof(settings));
        }

        measures ??= MeasureCalculator.Compute(panel, settings.Measures, settings.Deflators);
        var membership = MembershipIndex.Build(panel);
        if (lastYear < firstYear)
        {
            return new EvaluationResult(firstYear, lastYear, measures, [], [], [], [], [], []);
        }

        var table = BenchmarkTable.Build(panel, measures, membership.RowClusters, firstYear, lastYear, settings.Benchmark);
        var comparison = MemberComparison.Compute(measures, table);
        var region = RegionTotals.Compute(panel, measures, firstYear, lastYear);
        var (summaries, summaryDominance) = ClusterAggregator.Compute(
            panel, measures, membership, comparison, region, firstYear, lastYear, settings.Bootstrap);
        var (flows, flowDominance) = FlowCalculator.Compute(panel, measures, membership, firstYear, lastYear);
        var configured = table.Levels[0];
        var index = IndexSeriesCalculator.Compute(
            panel, measures, membership, configured.FirmCode, configured.Codes.Length, firstYear, lastYear, settings.Disclosure);

        var benchmarks = DisclosureControl.Benchmarks(BenchmarkCells(table), settings.Disclosure);
        var (publishedSummaries, publishedFlows) = DisclosureControl.Clusters(
            summaries, summaryDominance, flows, flowDominance, settings.Disclosure);
        var decisions = DisclosureControl.Decisions(benchmarks, publishedSummaries, publishedFlows, index);
        return new EvaluationResult(
            firstYear,
            lastYear,
            measures,
            Frozen(benchmarks),
            Frozen(MemberDeltas(panel, measures, membership, comparison, table)),
            Frozen(publishedSummaries),
            Frozen(publishedFlows),
            Frozen(index),
            Frozen(decisions));
    }

    private static ImmutableArray<T> Frozen<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);

    private static IEnumerable<(BenchmarkCell, double)> BenchmarkCells(BenchmarkTable table)
    {
        foreach (var level in table.Levels)
        {
            // Cells come in (year, code) order, as the table builds them year by year.
            for (var c = 0; c < level.CellCount; c++)
            {
                var s = level.Stats(c);
                yield return (new BenchmarkCell(
                    level.Level, level.Codes[level.CellCode(c)], level.CellYear(c), s.N,
                    s.Mean, s.Median, s.P10, s.P25, s.P75, s.P90, s.Ratio, false, null), level.Dominance(c));
            }
        }
    }

    // Rows arrive by firm then year; the table reads by cluster, year, firm. A stable counting sort by year puts
    // them in that order, as firm indices ascend with enterprise numbers. Each row's cluster set (empty without an
    // LP) is read from the panel once, in that order, so the pass per cluster reads one small array in sequence.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MemberDelta[] MemberDeltas(
        FirmPanel panel, FirmMeasures measures, MembershipIndex membership, MemberComparison cmp, BenchmarkTable table)
    {
        var lp = measures.Lp;
        var present = measures.Present;
        var byYear = ByYear(panel, cmp.Rows);
        var sets = new ulong[byYear.Length];
        var count = 0;
        for (var k = 0; k < byYear.Length; k++)
        {
            var r = cmp.Rows[byYear[k]];
            sets[k] = (present[r] & MeasureSet.Lp) != 0 ? membership.RowClusters[r] : 0;
            count += BitOperations.PopCount(sets[k]);
        }

        var result = new MemberDelta[count];
        var at = 0;
        for (var c = 0; c < membership.Clusters.Length; c++)
        {
            var bit = 1UL << c;
            for (var k = 0; k < sets.Length; k++)
            {
                if ((sets[k] & bit) == 0)
                {
                    continue;
                }

                var i = byYear[k];
                var r = cmp.Rows[i];
                var has = cmp.Level[i] >= 0;
                var b = cmp.Benchmark[i];
                result[at++] = new MemberDelta(
                    panel.FirmIds[panel.RowFirm[r]],
                    membership.Clusters[c],
                    panel.RowYear[r],
                    panel.NaceOf(panel.RowFirm[r]),
                    has ? table.Levels[cmp.Level[i]].Level : null,
                    lp[r],
                    has ? b : null,
                    has ? lp[r] - b : null,
                    cmp.HasDeltaRel[i] ? cmp.DeltaRel[i] : null,
                    cmp.HasLogRatio[i] ? cmp.LogRatio[i] : null,
                    has ? cmp.Percentile[i] : null);
            }
        }

        return result;
    }

    private static int[] ByYear(FirmPanel panel, int[] rows)
    {
        if (rows.Length == 0)
        {
            return [];
        }

        var first = int.MaxValue;
        var last = int.MinValue;
        foreach (var r in rows)
        {
            first = Math.Min(first, panel.RowYear[r]);
            last = Math.Max(last, panel.RowYear[r]);
        }

        var next = new int[last - first + 2];
        foreach (var r in rows)
        {
            next[panel.RowYear[r] - first + 1]++;
        }

        for (var y = 1; y < next.Length; y++)
        {
            next[y] += next[y - 1];
        }

        var order = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            order[next[panel.RowYear[rows[i]] - first]++] = i;
        }

        return order;
    }
}
