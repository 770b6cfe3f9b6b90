using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Benchmarks;

public sealed class CellStatisticsTests
{
    // 1..10 and an outlier of 100: p10 (h = 1) is 2 and p90 (h = 9) is 10.
    private static readonly double[] WithOutlier = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100];

    [Fact]
    public void Winsorising_clamps_to_the_cell_quantiles_before_mean_and_quantiles()
    {
        var s = CellStatistics.Compute(WithOutlier, 0, 1, new OutlierRule(OutlierMethod.Winsorize, 0.1, 0.9));

        // Clamped: 2, 2, 3, …, 9, 10, 10 → sum 66.
        Assert.Equal(66.0 / 11, s.Mean, 12);
        Assert.Equal(6, s.Median, 12);
        Assert.Equal(10, s.P90, 12);
        Assert.Equal(2, s.P10, 12);
        Assert.Equal(11, s.N);
    }

    [Fact]
    public void Default_winsorising_at_p1_p99_moves_only_the_extremes()
    {
        var s = CellStatistics.Compute(WithOutlier, 0, 1, new OutlierRule());

        // p1: h = 0.1 → 1.1; p99: h = 9.9 → 10 + 0.9·90 = 91.
        var expected = (1.1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 91) / 11;
        Assert.Equal(expected, s.Mean, 12);
        Assert.Equal(6, s.Median, 12);
    }

    [Fact]
    public void Trimming_drops_the_lowest_and_highest_by_count()
    {
        var s = CellStatistics.Compute(WithOutlier, 0, 1, new OutlierRule(OutlierMethod.Trim, 0.1, 0.9));

        // ⌊11·0.1⌋ = 1 dropped each side: 2..10.
        Assert.Equal(6, s.Mean, 12);
        Assert.Equal(6, s.Median, 12);
        Assert.Equal(11, s.N);
    }

    [Fact]
    public void Without_an_outlier_rule_the_mean_is_raw()
    {
        var s = CellStatistics.Compute(WithOutlier, 0, 1, new OutlierRule(OutlierMethod.None));

        Assert.Equal(155.0 / 11, s.Mean, 12);
        Assert.Equal(10, s.P90, 12);
    }

    [Fact]
    public void Aggregate_ratio_uses_raw_sums()
    {
        var s = CellStatistics.Compute([10, 1000], 3030, 4, new OutlierRule());

        Assert.Equal(757.5, s.Ratio, 12);
    }

    [Fact]
    public void A_single_firm_cell_has_every_statistic_equal_to_its_value()
    {
        var s = CellStatistics.Compute([50], 100, 2, new OutlierRule());

        Assert.Equal((1, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0), (s.N, s.Mean, s.Median, s.P10, s.P25, s.P75, s.P90, s.Ratio));
    }

    [Fact]
    public void Negative_values_sort_below_zero()
    {
        var s = CellStatistics.Compute([-30, -10, 20, 40], 20, 4, new OutlierRule(OutlierMethod.None));

        Assert.Equal(5, s.Median, 12);
        Assert.Equal(5, s.Mean, 12);
    }
}
