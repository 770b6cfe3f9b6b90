using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Percentile bootstrap interval of a mean (METHODS §5): resample the member firms with replacement
/// <c>replicates</c> times, take each replicate's mean, and report the type-7 quantiles at (1 − level)/2 and
/// (1 + level)/2 of the replicate means. A cluster-year holds one value per firm, so resampling values resamples firms.
/// The draws come from one <see cref="SplitMix64"/> stream seeded per cell, so the same seed gives the same interval
/// on any platform. Every replicate takes ⌈n/2⌉ draws, so replicate b starts b·⌈n/2⌉ draws into the stream; the
/// replicates are shared out over the cores in blocks (of many cells at once with <see cref="MeanIntervals"/>), each
/// block jumping to its first replicate, and the means are those of the single stream (<see cref="BootstrapKernel"/>).
/// </summary>
public static class Bootstrap
{
    // A block of replicates resamples about this many values (replicates × n): long enough that handing it out costs
    // nothing, short enough that both cores finish together.
    private const long BlockWork = 1L << 21;

    /// <summary>The 95 % interval of the mean, or <c>null</c> for fewer than two values or no replicates.</summary>
    public static (double Low, double High)? MeanInterval(ReadOnlySpan<double> values, int replicates, ulong seed, double level = 0.95) =>
        MeanIntervals([values.ToArray()], [seed], replicates, level)[0];

    /// <summary>
    /// The intervals of many cells (one seed each) at once: the blocks of every cell's replicates go to the cores
    /// together, so small cells do not leave a core idle. Each interval is the one <see cref="MeanInterval"/> gives.
    /// </summary>
    public static (double Low, double High)?[] MeanIntervals(IReadOnlyList<double[]> cells, IReadOnlyList<ulong> seeds, int replicates, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(seeds);
        var result = new (double Low, double High)?[cells.Count];
        if (replicates < 1)
        {
            return result;
        }

        var means = new double[cells.Count][];
        var blocks = new List<(int Cell, int From, int To)>();
        for (var c = 0; c < cells.Count; c++)
        {
            var n = cells[c].Length;
            if (n < 2)
            {
                continue;
            }

            means[c] = new double[replicates];
            // Blocks of a multiple of four replicates, so every block runs four lanes at a time.
            var size = Math.Max(4, (int)Math.Min(BlockWork / n, replicates) & ~3);
            for (var from = 0; from < replicates; from += size)
            {
                blocks.Add((c, from, Math.Min(replicates, from + size)));
            }
        }

        if (blocks.Count > 1 && Environment.ProcessorCount > 1)
        {
            Parallel.For(0, blocks.Count, k => Run(blocks[k]));
        }
        else
        {
            blocks.ForEach(Run);
        }

        for (var c = 0; c < cells.Count; c++)
        {
            if (means[c] is { } m)
            {
                result[c] = (Type7(m, (1 - level) / 2), Type7(m, (1 + level) / 2));
            }
        }

        return result;

        void Run((int Cell, int From, int To) block) =>
            BootstrapKernel.Replicates(cells[block.Cell], block.From, block.To, seeds[block.Cell], means[block.Cell]);
    }

    // Quantiles.Type7 of the replicate means as if sorted, by selecting the two order statistics it reads (the same
    // values, so the same result) instead of sorting them all; reorders the means.
    private static double Type7(double[] means, double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "quantile probability must be in [0, 1]");
        }

        var h = (means.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        OrderStatistics.Select(means, lo);
        var x0 = means[lo];
        if (lo + 1 >= means.Length)
        {
            return x0;
        }

        // Everything after rank lo is at least x0: the next order statistic is the smallest of them.
        var x1 = means[lo + 1];
        for (var i = lo + 2; i < means.Length; i++)
        {
            if (means[i].CompareTo(x1) < 0)
            {
                x1 = means[i];
            }
        }

        return x0 + ((h - lo) * (x1 - x0));
    }
}
