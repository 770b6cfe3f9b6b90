using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The first implementation of <see cref="NearestNeighbourMatcher"/>, kept verbatim as the reference: every treated
/// unit scans its whole block of controls (O(treated × controls)). The fast matcher must give bit-identical samples.
/// </summary>
internal static class ReferenceNearestNeighbourMatcher
{
    public static MatchedSample Match(
        IReadOnlyList<double> scores,
        IReadOnlyList<bool> treated,
        IReadOnlyList<string>? blocks = null,
        int ratio = 1,
        bool replace = false,
        double? caliper = null)
    {
        var n = scores.Count;
        var width = caliper is { } c ? c * SampleStandardDeviation(scores) : double.PositiveInfinity;

        var order = Enumerable.Range(0, n).Where(i => treated[i]).OrderByDescending(i => scores[i]).ToArray();
        var controlsByBlock = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!treated[i])
            {
                var key = blocks?[i] ?? string.Empty;
                if (!controlsByBlock.TryGetValue(key, out var list))
                {
                    controlsByBlock[key] = list = [];
                }

                list.Add(i);
            }
        }

        var sets = order.Select(_ => new List<int>(ratio)).ToArray();
        var used = new bool[n];
        for (var round = 0; round < ratio; round++)
        {
            for (var p = 0; p < order.Length; p++)
            {
                if (sets[p].Count < round || !controlsByBlock.TryGetValue(blocks?[order[p]] ?? string.Empty, out var pool))
                {
                    continue;
                }

                var best = Nearest(scores, order[p], pool, width, j => replace ? sets[p].Contains(j) : used[j]);
                if (best >= 0)
                {
                    sets[p].Add(best);
                    used[best] = true;
                }
            }
        }

        return Weigh(order, sets, treated);
    }

    private static double SampleStandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var ss = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(ss / (values.Count - 1));
    }

    private static int Nearest(IReadOnlyList<double> scores, int t, List<int> pool, double width, Func<int, bool> taken)
    {
        var best = -1;
        var bestDistance = double.PositiveInfinity;
        foreach (var j in pool)
        {
            var d = Math.Abs(scores[t] - scores[j]);
            if (d < bestDistance && d <= width && !taken(j))
            {
                best = j;
                bestDistance = d;
            }
        }

        return best;
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
}
