using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Least-significant-digit radix sort of doubles with an int payload, 11 bits a pass (digits every key shares are
/// skipped). Doubles map to unsigned keys in IEEE total order (−0 before +0); no NaN occurs among LP values.
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = (64 + Bits - 1) / Bits;

    /// <summary>Sorts the first <paramref name="n"/> <paramref name="values"/> ascending, moving <paramref name="items"/> along (stable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(double[] values, int[] items, int n, ulong[] keys, ulong[] keyScratch, int[] itemScratch)
    {
        var counts = new int[Passes * Buckets];
        for (var i = 0; i < n; i++)
        {
            var k = KeyOf(values[i]);
            keys[i] = k;
            for (var p = 0; p < Passes; p++)
            {
                counts[(p * Buckets) + (int)((k >> (p * Bits)) & (Buckets - 1))]++;
            }
        }

        var (from, fromItems, to, toItems) = (keys, items, keyScratch, itemScratch);
        var swapped = false;
        for (var p = 0; p < Passes; p++)
        {
            var count = counts.AsSpan(p * Buckets, Buckets);
            if (n == 0 || count[(int)((from[0] >> (p * Bits)) & (Buckets - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (count[b], sum) = (sum, sum + count[b]);
            }

            for (var i = 0; i < n; i++)
            {
                var at = count[(int)((from[i] >> (p * Bits)) & (Buckets - 1))]++;
                to[at] = from[i];
                toItems[at] = fromItems[i];
            }

            (from, fromItems, to, toItems) = (to, toItems, from, fromItems);
            swapped = !swapped;
        }

        if (swapped)
        {
            Array.Copy(fromItems, items, n);
        }

        for (var i = 0; i < n; i++)
        {
            values[i] = ValueOf(from[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyOf(double x)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(x);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ValueOf(ulong key) =>
        BitConverter.Int64BitsToDouble((long)((key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key));
}
