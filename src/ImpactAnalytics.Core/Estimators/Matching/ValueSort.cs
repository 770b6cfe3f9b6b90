using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Least-significant-digit radix sorts for the matching estimator's large columns (millions of candidate rows), 11
/// bits a pass, skipping passes whose digit every key shares. Doubles map to unsigned keys that order as the doubles
/// do; −0 maps to the key of +0, so two finite doubles are equal (==) exactly when their keys are. No NaN occurs (the
/// <see cref="CovariateTable"/> holds finite numbers only, scores are probabilities).
/// </summary>
internal static class ValueSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = (64 + Bits - 1) / Bits;

    /// <summary>The order key of a finite double (−0 and +0 share one).</summary>
    public static ulong Key(double x)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(x == 0.0 ? 0.0 : x);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>Sorts the first <paramref name="n"/> keys ascending; <paramref name="scratch"/> holds at least n.</summary>
    public static void Sort(ulong[] keys, int n, ulong[] scratch) => Sort(keys, null, n, scratch, null);

    /// <summary>
    /// Sorts the first <paramref name="n"/> keys ascending and moves <paramref name="items"/> along; stable, so items
    /// with equal keys keep their order. Scratch arrays hold at least n.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(ulong[] keys, int[]? items, int n, ulong[] keyScratch, int[]? itemScratch)
    {
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var k = keys[i];
            for (var p = 0; p < Passes; p++)
            {
                counts[(p * Buckets) + (int)((k >> (p * Bits)) & (Buckets - 1))]++;
            }
        }

        var (from, fromItems, to, toItems) = (keys, items, keyScratch, itemScratch);
        var swapped = false;
        for (var p = 0; p < Passes; p++)
        {
            var shift = p * Bits;
            var count = counts.AsSpan(p * Buckets, Buckets);
            if (n == 0 || count[(int)((from[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (count[b], sum) = (sum, sum + count[b]);
            }

            if (fromItems is null)
            {
                for (var i = 0; i < n; i++)
                {
                    to[count[(int)((from[i] >> shift) & (Buckets - 1))]++] = from[i];
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var at = count[(int)((from[i] >> shift) & (Buckets - 1))]++;
                    to[at] = from[i];
                    toItems![at] = fromItems[i];
                }
            }

            (from, fromItems, to, toItems) = (to, toItems, from, fromItems);
            swapped = !swapped;
        }

        if (swapped)
        {
            Array.Copy(from, keys, n);
            if (items is not null)
            {
                Array.Copy(fromItems!, items, n);
            }
        }
    }

    /// <summary>The rows 0 … n − 1 in ascending value, equal values in row order (a stable sort's order).</summary>
    public static int[] Ascending(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var keys = new ulong[n];
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = Key(values[i]);
            rows[i] = i;
        }

        Sort(keys, rows, n, new ulong[n], new int[n]);
        return rows;
    }
}
