using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The eCDF statistics of <see cref="BalanceRow"/>: the mean and the maximum of |F̂treated(v) − F̂control(v)| over the
/// distinct values v among the units compared, the sums taken in ascending value order.
/// </summary>
internal static class BalanceEcdf
{
    /// <summary>
    /// All rows, every row weighing 1. The cumulative weights are then counts (exact in any order), so the treated and
    /// the control values are sorted apart and merged: at each distinct value, (treated ≤ v) / treated − (controls ≤
    /// v) / controls. <paramref name="keys"/> and <paramref name="scratch"/> are work space of at least as many
    /// elements as rows (one pair serves every variable of a table).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Mean, double Max) Unweighted(double[] values, bool[] treated, ulong[] keys, ulong[] scratch)
    {
        var n = values.Length;
        var nt = 0;
        foreach (var t in treated)
        {
            nt += t ? 1 : 0;
        }

        // The (usually few) treated keys in an array of their own, the control keys in the buffer; both in row order.
        var treatedKeys = new ulong[nt];
        var controlKeys = keys;
        int ti = 0, ci = 0;
        for (var i = 0; i < n; i++)
        {
            if (treated[i])
            {
                treatedKeys[ti++] = ValueSort.Key(values[i]);
            }
            else
            {
                controlKeys[ci++] = ValueSort.Key(values[i]);
            }
        }

        ValueSort.Sort(treatedKeys, nt, scratch);
        ValueSort.Sort(controlKeys, n - nt, scratch);

        double totalTreated = nt, totalControl = n - nt;
        int a = 0, b = 0, distinct = 0;
        double sum = 0, max = 0;
        var nc = n - nt;
        while (a < nt || b < nc)
        {
            var v = a < nt && (b >= nc || treatedKeys[a] <= controlKeys[b]) ? treatedKeys[a] : controlKeys[b];
            while (a < nt && treatedKeys[a] == v)
            {
                a++;
            }

            while (b < nc && controlKeys[b] == v)
            {
                b++;
            }

            var d = Math.Abs((a / totalTreated) - (b / totalControl));
            sum += d;
            max = Math.Max(max, d);
            distinct++;
        }

        return (sum / distinct, max);
    }

    /// <summary>
    /// The <paramref name="matched"/> rows (ascending), weighted: units in ascending value, equal values in row order,
    /// the totals and the cumulative weights summed in that order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Mean, double Max) Weighted(double[] values, bool[] treated, double[] weights, int[] matched)
    {
        var m = matched.Length;
        var units = (int[])matched.Clone();
        var keys = new ulong[m];
        for (var k = 0; k < m; k++)
        {
            keys[k] = ValueSort.Key(values[units[k]]);
        }

        ValueSort.Sort(keys, units, m, new ulong[m], new int[m]);

        double totalTreated = 0, totalControl = 0;
        foreach (var i in units)
        {
            if (treated[i])
            {
                totalTreated += weights[i];
            }
            else
            {
                totalControl += weights[i];
            }
        }

        double cumTreated = 0, cumControl = 0, sum = 0, max = 0;
        var distinct = 0;
        for (var k = 0; k < m; k++)
        {
            var i = units[k];
            if (treated[i])
            {
                cumTreated += weights[i];
            }
            else
            {
                cumControl += weights[i];
            }

            if (k + 1 < m && keys[k + 1] == keys[k])
            {
                continue;
            }

            var d = Math.Abs((cumTreated / totalTreated) - (cumControl / totalControl));
            sum += d;
            max = Math.Max(max, d);
            distinct++;
        }

        return (sum / distinct, max);
    }
}
