using System.Globalization;

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
        var n = scores.Count;
        Validate(scores, treated, blocks, ratio, caliper);
        var width = caliper is { } c ? c * SampleStandardDeviation(scores) : double.PositiveInfinity;

        var order = Enumerable.Range(0, n).Where(i => treated[i]).OrderByDescending(i => scores[i]).ToArray();
        var rowsByBlock = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!treated[i])
            {
                var key = blocks?[i] ?? string.Empty;
                if (!rowsByBlock.TryGetValue(key, out var list))
                {
                    rowsByBlock[key] = list = [];
                }

                list.Add(i);
            }
        }

        var pools = rowsByBlock.ToDictionary(b => b.Key, b => new SortedControlPool(b.Value, scores), StringComparer.Ordinal);
        var sets = order.Select(_ => new List<int>(ratio)).ToArray();
        List<int> none = [];
        for (var round = 0; round < ratio; round++)
        {
            for (var p = 0; p < order.Length; p++)
            {
                if (sets[p].Count < round || !pools.TryGetValue(blocks?[order[p]] ?? string.Empty, out var pool))
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
        var mean = values.Average();
        var ss = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(ss / (values.Count - 1));
    }

    private static MatchedSample Weigh(int[] order, List<int>[] sets, IReadOnlyList<bool> treated)
    {
        var n = treated.Count;
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

        var distinctControls = raw.Count(w => w > 0);
        var scale = distinctControls == 0 ? 0.0 : distinctControls / raw.Sum();
        for (var i = 0; i < n; i++)
        {
            if (!treated[i])
            {
                weights[i] = raw[i] * scale;
            }
        }

        var treatedCount = treated.Count(t => t);
        var counts = new MatchCounts(treatedCount, setId, n - treatedCount, distinctControls);
        return new MatchedSample(
            [.. pairs.Select(x => new MatchedPair(x.Treated, x.Control, x.Set, x.Raw * scale))],
            [.. weights],
            counts);
    }

    private static void Validate(
        IReadOnlyList<double> scores, IReadOnlyList<bool> treated, IReadOnlyList<string>? blocks, int ratio, double? caliper)
    {
        if (treated.Count != scores.Count || (blocks is not null && blocks.Count != scores.Count))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{scores.Count} scores, {treated.Count} treatment values and {blocks?.Count} blocks: lengths must agree."));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ratio, 1);
        if (caliper is { } c && !(c > 0 && double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(caliper), c, "The caliper must be a positive number of standard deviations.");
        }

        if (scores.Any(s => !double.IsFinite(s)))
        {
            throw new ArgumentException("Every score must be finite.", nameof(scores));
        }
    }
}
