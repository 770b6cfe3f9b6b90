using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>Hand-worked balance statistics; every expected value is derived in the comments.</summary>
public sealed class BalanceStatisticsTests
{
    // Treated 1, 2, 3 (the third unmatched); controls 2, 4, 6, 8 with matching weights 1, 0.5, 0.5, 0.
    private static readonly double[] Values = [1, 2, 3, 2, 4, 6, 8];
    private static readonly bool[] Treated = [true, true, true, false, false, false, false];
    private static readonly double[] Weights = [1, 1, 0, 1, 0.5, 0.5, 0];

    [Fact]
    public void Standardised_mean_difference_divides_by_the_unmatched_treated_sd_before_and_after()
    {
        var row = BalanceStatistics.Row("x", Values, Treated, Weights);

        // Treated SD before = 1. Before: (2 − 5) / 1. After: treated (1 + 2)/2 = 1.5, controls (2 + 2 + 3)/2 = 3.5.
        Assert.False(row.IsBinary);
        Assert.Equal(-3.0, row.SmdBefore!.Value, 12);
        Assert.Equal(-2.0, row.SmdAfter!.Value, 12);
        Assert.Equal(1.5, row.MeanTreatedAfter, 12);
        Assert.Equal(3.5, row.MeanControlAfter, 12);
    }

    [Fact]
    public void Variance_ratio_uses_the_weighted_n_minus_one_variance()
    {
        var row = BalanceStatistics.Row("x", Values, Treated, Weights);

        // Before: 1 / (20/3). After: treated 0.5·2/(4 − 2) = 0.5; controls 5.5·2/(4 − 1.5) = 4.4.
        Assert.Equal(0.15, row.VarianceRatioBefore!.Value, 12);
        Assert.Equal(0.5 / 4.4, row.VarianceRatioAfter!.Value, 12);
    }

    [Fact]
    public void Ecdf_mean_and_max_run_over_the_distinct_values_of_the_compared_units()
    {
        var row = BalanceStatistics.Row("x", Values, Treated, Weights);

        // Before, at 1,2,3,4,6,8: |F_T − F_C| = 1/3, 5/12, 3/4, 1/2, 1/4, 0 → mean 27/72, max 3/4.
        Assert.Equal(27.0 / 72, row.EcdfMeanBefore, 12);
        Assert.Equal(0.75, row.EcdfMaxBefore, 12);
        // After, at 1,2,4,6: 1/2, 1/2, 1/4, 0 → mean 5/16, max 1/2.
        Assert.Equal(5.0 / 16, row.EcdfMeanAfter, 12);
        Assert.Equal(0.5, row.EcdfMaxAfter, 12);
    }

    [Fact]
    public void A_binary_variable_is_standardised_by_the_treated_bernoulli_sd_and_has_no_variance_ratio()
    {
        double[] values = [1, 1, 0, 0, 1, 0, 0, 0, 0];
        bool[] treated = [true, true, true, true, false, false, false, false, false];
        double[] weights = [1, 1, 1, 0, 2, 1, 0, 0, 0];

        var row = BalanceStatistics.Row("d", values, treated, weights);

        // p_T = 0.5 → s = 0.5; before (0.5 − 0.2)/0.5; after 2/3 vs 2/3.
        Assert.True(row.IsBinary);
        Assert.Equal(0.6, row.SmdBefore!.Value, 12);
        Assert.Equal(0.0, row.SmdAfter!.Value, 12);
        Assert.Null(row.VarianceRatioBefore);
        Assert.Null(row.VarianceRatioAfter);
        Assert.Equal(0.3, row.EcdfMeanBefore, 12);
        Assert.Equal(0.3, row.EcdfMaxBefore, 12);
        Assert.Equal(0.0, row.EcdfMaxAfter, 12);
    }

    [Fact]
    public void A_variable_constant_among_the_treated_has_no_standardised_difference()
    {
        double[] values = [3, 3, 1, 5];
        bool[] treated = [true, true, false, false];

        var row = BalanceStatistics.Row("x", values, treated, [1, 1, 1, 1]);

        Assert.Null(row.SmdBefore);
        Assert.Null(row.SmdAfter);
    }
}
