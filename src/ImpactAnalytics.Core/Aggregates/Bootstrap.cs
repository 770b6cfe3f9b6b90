using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Percentile bootstrap interval of a mean (METHODS §5): resample the member firms with replacement
/// <c>replicates</c> times, take each replicate's mean, and report the type-7 quantiles at (1 − level)/2 and
/// (1 + level)/2 of the replicate means. A cluster-year holds one value per firm, so resampling values resamples firms.
/// The draws come from <see cref="SplitMix64"/> seeded per cell, so the same seed gives the same interval on any platform.
/// </summary>
public static class Bootstrap
{
    /// <summary>The 95 % interval of the mean, or <c>null</c> for fewer than two values or no replicates.</summary>
    public static (double Low, double High)? MeanInterval(ReadOnlySpan<double> values, int replicates, ulong seed, double level = 0.95)
    {
        if (values.Length < 2 || replicates < 1)
        {
            return null;
        }

        var rng = new SplitMix64(seed);
        var means = new double[replicates];
        var n = values.Length;
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
        return (Quantiles.Type7(means, (1 - level) / 2), Quantiles.Type7(means, (1 + level) / 2));
    }
}
