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

    private static (double, double) SingleStream(double[] values, int replicates, ulong seed)
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

        Array.Sort(means);
        return (Quantiles.Type7(means, (1 - 0.95) / 2), Quantiles.Type7(means, (1 + 0.95) / 2));
    }
}
