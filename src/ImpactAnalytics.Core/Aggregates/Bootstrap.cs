using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Percentile bootstrap interval of a mean (METHODS §5): resample the member firms with replacement
/// <c>replicates</c> times, take each replicate's mean, and report the type-7 quantiles at (1 − level)/2 and
/// (1 + level)/2 of the replicate means. A cluster-year holds one value per firm, so resampling values resamples firms.
/// The draws come from one <see cref="SplitMix64"/> stream seeded per cell, so the same seed gives the same interval
/// on any platform. Every replicate takes ⌈n/2⌉ draws, so replicate b starts b·⌈n/2⌉ draws into the stream; large
/// cells share their replicates out over the cores, each part jumping to its first replicate, and the means are those
/// of the single stream.
/// </summary>
public static class Bootstrap
{
    // Below this many resampled values (replicates × n) one core is quicker than handing out work.
    private const long ParallelWork = 1L << 20;

    /// <summary>The 95 % interval of the mean, or <c>null</c> for fewer than two values or no replicates.</summary>
    public static (double Low, double High)? MeanInterval(ReadOnlySpan<double> values, int replicates, ulong seed, double level = 0.95)
    {
        if (values.Length < 2 || replicates < 1)
        {
            return null;
        }

        var means = new double[replicates];
        var parts = Math.Min(replicates, Environment.ProcessorCount * 4);
        if (parts > 1 && (long)values.Length * replicates >= ParallelWork)
        {
            var copy = values.ToArray();
            Parallel.For(0, parts, p =>
                Replicates(copy, (int)((long)p * replicates / parts), (int)((long)(p + 1) * replicates / parts), seed, means));
        }
        else
        {
            Replicates(values, 0, replicates, seed, means);
        }

        Array.Sort(means);
        return (Quantiles.Type7(means, (1 - level) / 2), Quantiles.Type7(means, (1 + level) / 2));
    }

    // Replicates [from, to) of the cell's stream: per replicate ⌊n/2⌋ index pairs, then one index when n is odd. Four
    // replicates run side by side, each on its own jumped generator, so their additions overlap in the pipeline; each
    // replicate's own sum still adds its draws in stream order.
    private static void Replicates(ReadOnlySpan<double> values, int from, int to, ulong seed, double[] means)
    {
        var n = values.Length;
        var draws = (ulong)((n + 1) / 2);
        ref var x = ref MemoryMarshal.GetReference(values);
        var b = from;
        for (; b + 4 <= to; b += 4)
        {
            var g0 = SplitMix64.Skipped(seed, (ulong)b * draws);
            var g1 = SplitMix64.Skipped(seed, (ulong)(b + 1) * draws);
            var g2 = SplitMix64.Skipped(seed, (ulong)(b + 2) * draws);
            var g3 = SplitMix64.Skipped(seed, (ulong)(b + 3) * draws);
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var (a0, c0) = g0.NextIndexPair(n);
                var (a1, c1) = g1.NextIndexPair(n);
                var (a2, c2) = g2.NextIndexPair(n);
                var (a3, c3) = g3.NextIndexPair(n);
                s0 += Unsafe.Add(ref x, a0) + Unsafe.Add(ref x, c0);
                s1 += Unsafe.Add(ref x, a1) + Unsafe.Add(ref x, c1);
                s2 += Unsafe.Add(ref x, a2) + Unsafe.Add(ref x, c2);
                s3 += Unsafe.Add(ref x, a3) + Unsafe.Add(ref x, c3);
            }

            if (i < n)
            {
                s0 += values[g0.NextIndex(n)];
                s1 += values[g1.NextIndex(n)];
                s2 += values[g2.NextIndex(n)];
                s3 += values[g3.NextIndex(n)];
            }

            (means[b], means[b + 1], means[b + 2], means[b + 3]) = (s0 / n, s1 / n, s2 / n, s3 / n);
        }

        var rng = SplitMix64.Skipped(seed, (ulong)b * draws);
        for (; b < to; b++)
        {
            var sum = 0.0;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var (a, c) = rng.NextIndexPair(n);
                sum += Unsafe.Add(ref x, a) + Unsafe.Add(ref x, c);
            }

            if (i < n)
            {
                sum += values[rng.NextIndex(n)];
            }

            means[b] = sum / n;
        }
    }
}
