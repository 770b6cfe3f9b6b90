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

    // Replicates [from, to) of the cell's stream: per replicate ⌊n/2⌋ index pairs, then one index when n is odd.
    private static void Replicates(ReadOnlySpan<double> values, int from, int to, ulong seed, double[] means)
    {
        var n = values.Length;
        var rng = SplitMix64.Skipped(seed, (ulong)from * (ulong)((n + 1) / 2));
        ref var x = ref MemoryMarshal.GetReference(values);
        for (var b = from; b < to; b++)
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
