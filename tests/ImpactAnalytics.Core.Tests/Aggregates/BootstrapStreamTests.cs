using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Tests.Aggregates;

/// <summary>
/// The bootstrap shares replicates over cores and runs four side by side on jumped generators; its interval must
/// equal that of the plain single-stream definition: one SplitMix64 stream per cell, replicate after replicate.
/// </summary>
public sealed class BootstrapStreamTests
{
    [Theory]
    [InlineData(2, 7)]
    [InlineData(3, 5)]
    [InlineData(101, 2000)]
    [InlineData(1200, 999)]
    [InlineData(2001, 2000)]
    public void Interval_equals_the_single_stream_definition(int n, int replicates)
    {
        var random = new Random(n);
        var values = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.3).ToArray();

        var actual = Bootstrap.MeanInterval(values, replicates, 20240501);

        Assert.Equal(SingleStream(values, replicates, 20240501), actual);
    }

    [Fact]
    public void A_skipped_generator_continues_the_stream()
    {
        var rng = new SplitMix64(99);
        for (var i = 0; i < 1000; i++)
        {
            rng.Next();
        }

        Assert.Equal(rng.Next(), SplitMix64.Skipped(99, 1000).Next());
    }

    [Theory]
    [InlineData(2, 0, 9)]
    [InlineData(3, 1, 14)]
    [InlineData(8, 4, 8)]
    [InlineData(1001, 3, 30)]
    [InlineData(40000, 0, 6)]
    public void Four_lane_and_scalar_replicates_give_the_same_means(int n, int from, int to)
    {
        var random = new Random(n);
        var values = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 1e3) - 300).ToArray();
        var lanes = new double[to];
        var scalar = new double[to];

        BootstrapKernel.Replicates(values, from, to, 7, lanes, vector: true);
        BootstrapKernel.Replicates(values, from, to, 7, scalar, vector: false);

        Assert.Equal(scalar, lanes);
        Assert.Equal(SingleStreamMeans(values, to, 7)[from..], lanes[from..]);
    }

    [Fact]
    public void Intervals_of_many_cells_at_once_are_each_cells_own_interval()
    {
        var random = new Random(5);
        var cells = new[] { 1, 5000, 2, 0, 333, 70000, 9 }
            .Select(n => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray())
            .ToArray();
        var seeds = cells.Select((_, i) => (ulong)(1000 + i)).ToArray();

        var together = Bootstrap.MeanIntervals(cells, seeds, 999);

        Assert.Equal(cells.Select((c, i) => Bootstrap.MeanInterval(c, 999, seeds[i])).ToArray(), together);
        Assert.Null(together[0]);
        Assert.Null(together[3]);
        Assert.Equal(SingleStream(cells[5], 999, seeds[5]), together[5]);
    }

    private static (double, double) SingleStream(double[] values, int replicates, ulong seed)
    {
        var means = SingleStreamMeans(values, replicates, seed);
        Array.Sort(means);
        return (Quantiles.Type7(means, (1 - 0.95) / 2), Quantiles.Type7(means, (1 + 0.95) / 2));
    }

    private static double[] SingleStreamMeans(double[] values, int replicates, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var n = values.Length;
        var means = new double[replicates];
        for (var b = 0; b < replicates; b++)
        {
            var sum = 0.0;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var (a, c) = rng.NextIndexPair(n);
                sum += values[a] + values[c];
            }

            if (i < n)
            {
                sum += values[rng.NextIndex(n)];
            }

            means[b] = sum / n;
        }

        return means;
    }
}
