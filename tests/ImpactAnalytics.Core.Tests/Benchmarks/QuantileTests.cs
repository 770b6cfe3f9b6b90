using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Tests.Benchmarks;

public sealed class QuantileTests
{
    [Fact]
    public void Median_of_odd_count_is_the_middle_value()
    {
        Assert.Equal(3, Quantiles.Median([1, 3, 7]));
    }

    [Fact]
    public void Median_of_even_count_is_mean_of_middle_pair()
    {
        Assert.Equal(5, Quantiles.Median([1, 3, 7, 9]));
    }

    [Theory]
    [InlineData(0.25, 2.5)]
    [InlineData(0.90, 8.4)]
    [InlineData(0.10, 1.6)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 9.0)]
    public void Type7_interpolates_between_order_statistics(double p, double expected)
    {
        // h = (n − 1)·p on [1, 3, 7, 9]: p25 → h 0.75 → 1 + 0.75·2; p90 → h 2.7 → 7 + 0.7·2; p10 → h 0.3 → 1 + 0.3·2.
        Assert.Equal(expected, Quantiles.Type7([1, 3, 7, 9], p), 12);
    }

    [Fact]
    public void Every_quantile_of_a_single_value_is_that_value()
    {
        Assert.Equal(42, Quantiles.Type7([42], 0.1));
        Assert.Equal(42, Quantiles.Type7([42], 0.9));
    }

    [Fact]
    public void Quantiles_of_tied_values_stay_on_the_tie()
    {
        Assert.Equal(2, Quantiles.Type7([1, 2, 2, 2, 5], 0.5));
        Assert.Equal(2, Quantiles.Type7([1, 2, 2, 2, 5], 0.3));
    }

    [Theory]
    [InlineData(2.0, 0.5)]
    [InlineData(3.0, 0.8)]
    [InlineData(6.0, 1.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 0.1)]
    public void Mid_rank_share_counts_ties_half(double value, double expected)
    {
        // [1, 2, 2, 2, 5]: value 2 has 1 below and 3 equal → (1 + 1.5) / 5; value 1 has 0 below, 1 equal → 0.5 / 5.
        Assert.Equal(expected, Quantiles.MidRankShare([1, 2, 2, 2, 5], value), 12);
    }
}
