using System.Globalization;
using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Greedy nearest-neighbour matching on a score for the ATT, following R MatchIt's <c>method = "nearest"</c>
/// documentation (written from the documentation, no MatchIt code):
/// <list type="bullet">
/// <item>treated units are taken in descending score order (<c>m.order = "largest"</c>), ties in data order;</item>
/// <item>each takes the control with the smallest |score difference| among the eligible ones, ties to the control
/// that comes first in the data; eligible = same exact-matching block, inside the caliper, and (without replacement)
/// not yet used, (with replacement) not already in this treated unit's set;</item>
/// <item>with ratio k &gt; 1 matching runs in k rounds: every treated unit is offered its first control before any
/// is offered its second, so a unit that found no control in one round gets none later;</item>
/// <item>the caliper is in standard deviations of the score over all units (sample SD, n − 1) and is inclusive
/// (distance ≤ caliper × SD).</item>
/// </list>
/// Weights (MatchIt's "How exactly are the weights created"): a matched treated unit weighs 1; within matched set s
/// with kₛ controls each control gets 1/kₛ; a control's weight is the sum over the sets it belongs to; then all control
/// weights are multiplied by one factor so that they sum to the number of distinct matched controls. Unmatched units
/// weigh 0. Without replacement and with every set full, every matched unit weighs 1.
/// The search is exact but not a scan: each block's controls are sorted by score (<see cref="SortedControlPool"/>) and
/// a treated unit looks outward from its position, so matching costs O((treated + controls) · log controls).
/// </summary>
public static class NearestNeighbourMatcher
{
    /// <param name="scores">The distance measure per row (the propensity score), finite.</param>
    /// <param name="treated">Treatment per row.</param>
    /// <param name="blocks">Exact-matching key per row (units match only within equal keys); null for no blocks.</param>
    /// <param name="ratio">Controls per treated unit, at least 1.</param>
    /// <param name="replace">Whether a control may serve several treated units.</param>
    /// <param name="caliper">Caliper in SDs of the score over all rows; null for none.</param>
    public static MatchedSample Match(
        IReadOnlyList<double> scores,
        IReadOnlyList<bool> treated,
        IReadOnlyList<string>? blocks = null,
        int ratio = 1,
        bool replace = false,
        double? caliper = null)
    {
        Validate(scores, treated, blocks?.Count, ratio, caliper);
        var (ids, count) = blocks is null ? (null, 1) : MatchingOrder.BlockIds(blocks);
        return Core(scores as double[] ?? [.. scores], treated as bool[] ?? [.. treated], ids, count, ratio, replace, caliper);
    }

    /// <summary>
    /// <see cref="Match(IReadOnlyList{double}, IReadOnlyList{bool}, IReadOnlyList{string}?, int, bool, double?)"/>
    /// with the blocks numbered 0 … <paramref name="blockCount"/> − 1 (<paramref name="blocks"/> null: one block);
    /// units match within equal numbers, and the numbering itself does not matter.
    /// </summary>
    internal static MatchedSample Match(
        double[] scores, bool[] treated, int[]? blocks, int blockCount, int ratio, bool replace, double? caliper)
    {
        Validate(scores, treated, blocks?.Length, ratio, caliper);
        return Core(scores, treated, blocks, blockCount, ratio, replace, caliper);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchedSample Core(
        double[] scores, bool[] treated, int[]? blocks, int blockCount, int ratio, bool replace, double? caliper)
    {
        var width = caliper is { } c ? c * SampleStandardDeviation(scores) : double.PositiveInfinity;
        var order = MatchingOrder.Treated(scores, treated);
        var pools = MatchingOrder.Pools(scores, treated, blocks, blockCount);
        var sets = new List<int>[order.Length];
        for (var p = 0; p < sets.Length; p++)
        {
            sets[p] = new List<int>(ratio);
        }

        List<int> none = [];
        for (var round = 0; round < ratio; round++)
        {
            for (var p = 0; p < order.Length; p++)
            {
                if (sets[p].Count < round || pools[blocks is null ? 0 : blocks[order[p]]] is not { } pool)
                {
                    continue;
                }

                // Without replacement a used control is removed from its pool; with replacement only the treated
                // unit's own controls are ineligible.
                var position = pool.Nearest(scores[order[p]], width, replace ? sets[p] : none);
                if (position >= 0)
                {
                    sets[p].Add(pool.Row(position));
                    if (!replace)
                    {
                        pool.Remove(position);
                    }
                }
            }
        }

        return Weigh(order, sets, treated);
    }

    internal static double SampleStandardDeviation(IReadOnlyList<double> values)
    {
        // Sequential sums in row order (as Enumerable.Average and Sum over an enumerator add them).
        var n = values.Count;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += values[i];
        }

        var mean = sum / n;
        var ss = 0.0;
        for (var i = 0; i < n; i++)
        {
            ss += (values[i] - mean) * (values[i] - mean);
        }

        return Math.Sqrt(ss / (n - 1));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchedSample Weigh(int[] order, List<int>[] sets, bool[] treated)
    {
        var n = treated.Length;
        var raw = new double[n];
        var weights = new double[n];
        var pairs = new List<(int Treated, int Control, int Set, double Raw)>();
        var setId = 0;
        for (var p = 0; p < order.Length; p++)
        {
            if (sets[p].Count == 0)
            {
                continue;
            }

            setId++;
            weights[order[p]] = 1.0;
            foreach (var control in sets[p])
            {
                raw[control] += 1.0 / sets[p].Count;
                pairs.Add((order[p], control, setId, 1.0 / sets[p].Count));
            }
        }

        var (distinctControls, treatedCount) = (0, 0);
        for (var i = 0; i < n; i++)
        {
            distinctControls += raw[i] > 0 ? 1 : 0;
            treatedCount += treated[i] ? 1 : 0;
        }

        var scale = distinctControls == 0 ? 0.0 : distinctControls / raw.Sum();
        for (var i = 0; i < n; i++)
        {
            if (!treated[i])
            {
                weights[i] = raw[i] * scale;
            }
        }

        var counts = new MatchCounts(treatedCount, setId, n - treatedCount, distinctControls);
        return new MatchedSample([.. pairs.Select(x => new MatchedPair(x.Treated, x.Control, x.Set, x.Raw * scale))], weights, counts);
    }

    private static void Validate(
        IReadOnlyList<double> scores, IReadOnlyList<bool> treated, int? blocks, int ratio, double? caliper)
    {
        if (treated.Count != scores.Count || (blocks is not null && blocks != scores.Count))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{scores.Count} scores, {treated.Count} treatment values and {blocks} blocks: lengths must agree."));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ratio, 1);
        if (caliper is { } c && !(c > 0 && double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(caliper), c, "The caliper must be a positive number of standard deviations.");
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                throw new ArgumentException("Every score must be finite.", nameof(scores));
            }
        }
    }
}
