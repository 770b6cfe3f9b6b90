using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The controls of one exact-matching block sorted by score (ties by data order), for nearest-neighbour queries in
/// O(log m + the controls skipped). Used controls (matching without replacement) are removed through path-compressed
/// skip links, so each query jumps over them. A query returns exactly what a scan of the block in data order keeping
/// the first strictly nearer eligible control would: the smallest |score difference|, ties to the lowest data index.
/// </summary>
internal sealed class SortedControlPool
{
    private readonly double[] _score;
    private readonly int[] _row;
    private readonly int[] _runStart;
    private readonly int[] _runEnd;

    // _up[k]: a position ≥ k that is available or the sentinel m; _down[k + 1]: a position ≤ k available or −1.
    private readonly int[] _up;
    private readonly int[] _down;

    /// <param name="sortedRows">The block's control rows in ascending score, equal scores in data order.</param>
    /// <param name="scores">The score of every row.</param>
    public SortedControlPool(ReadOnlySpan<int> sortedRows, double[] scores)
    {
        var m = sortedRows.Length;
        _row = sortedRows.ToArray();
        _score = new double[m];
        for (var k = 0; k < m; k++)
        {
            _score[k] = scores[_row[k]];
        }

        _runStart = new int[m];
        _runEnd = new int[m];
        for (var k = 0; k < m; k++)
        {
            _runStart[k] = k > 0 && _score[k - 1] == _score[k] ? _runStart[k - 1] : k;
        }

        for (var k = m - 1; k >= 0; k--)
        {
            _runEnd[k] = k < m - 1 && _score[k + 1] == _score[k] ? _runEnd[k + 1] : k;
        }

        _up = new int[m + 1];
        _down = new int[m + 1];
        for (var k = 0; k <= m; k++)
        {
            _up[k] = k;
            _down[k] = k - 1;
        }
    }

    /// <summary>The data row of the control at a position of the sorted pool.</summary>
    public int Row(int position) => _row[position];

    /// <summary>
    /// The position of the nearest eligible control to <paramref name="score"/> within <paramref name="width"/>, or
    /// −1. Eligible: not removed and not in <paramref name="excluded"/> (data rows; the treated unit's own controls
    /// when matching with replacement).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Nearest(double score, double width, List<int> excluded)
    {
        var pos = LowerBound(score);
        var right = NextUp(pos, excluded);
        var left = NextDown(pos - 1, excluded);
        var dRight = right < _score.Length ? Math.Abs(score - _score[right]) : double.PositiveInfinity;
        var dLeft = left >= 0 ? Math.Abs(score - _score[left]) : double.PositiveInfinity;
        var best = Math.Min(dLeft, dRight);
        if (double.IsPositiveInfinity(best) || !(best <= width))
        {
            return -1;
        }

        // Distances grow monotonically outward on each side, so the ties at the best distance are the first runs of
        // equal scores met on each side; within a run the lowest data row is its first eligible position.
        var found = -1;
        while (right < _score.Length && Math.Abs(score - _score[right]) == best)
        {
            found = Lower(found, right);
            right = NextUp(_runEnd[right] + 1, excluded);
        }

        while (left >= 0 && Math.Abs(score - _score[left]) == best)
        {
            found = Lower(found, NextUp(_runStart[left], excluded));
            left = NextDown(_runStart[left] - 1, excluded);
        }

        return found;
    }

    /// <summary>Removes the control at a position (it was just matched without replacement).</summary>
    public void Remove(int position)
    {
        _up[position] = position + 1;
        _down[position + 1] = position - 1;
    }

    // Of two positions (−1 = none), the one holding the lower data row.
    private int Lower(int a, int b) => a < 0 || _row[b] < _row[a] ? b : a;

    // First position whose score is ≥ score.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LowerBound(double score)
    {
        int lo = 0, hi = _score.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_score[mid] < score)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextUp(int k, List<int> excluded)
    {
        while (true)
        {
            k = Find(_up, k, 0);
            if (k == _score.Length || !excluded.Contains(_row[k]))
            {
                return k;
            }

            k++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextDown(int k, List<int> excluded)
    {
        while (true)
        {
            k = Find(_down, k + 1, 1);
            if (k < 0 || !excluded.Contains(_row[k]))
            {
                return k;
            }

            k--;
        }
    }

    // Follows the skip links from slot to a fixed point (slot value + offset = slot), compressing the path.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Find(int[] links, int slot, int offset)
    {
        var root = slot;
        while (links[root] + offset != root)
        {
            root = links[root] + offset;
        }

        while (links[slot] + offset != slot)
        {
            var next = links[slot] + offset;
            links[slot] = root - offset;
            slot = next;
        }

        return root - offset;
    }
}
