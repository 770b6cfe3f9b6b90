using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

public sealed class DidInputValidationTests
{
    private static readonly DidOptions NoBootstrap = new() { Bootstrap = new() { Replicates = 0 } };

    private static EstimationException Refused(DidPanelData data, DidOptions? options = null) =>
        Assert.Throws<EstimationException>(() => StaggeredDid.Estimate(data, options ?? NoBootstrap));

    [Fact]
    public void Duplicate_unit_period_rows_name_the_unit_and_the_period()
    {
        var data = new DidPanelData([1, 1, 2, 2, 2], [2020, 2021, 2020, 2021, 2021], [2021, 2021, 0, 0, 0], [1, 2, 1, 2, 3]);

        var ex = Refused(data);

        Assert.Contains("Unit 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("period 2021", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_without_comparison_units_names_the_cohort_and_the_period()
    {
        var data = new DidPanelData([1, 1, 2, 2], [2020, 2021, 2020, 2021], [2021, 2021, 2021, 2021], [1, 2, 1, 3]);

        var ex = Refused(data);

        Assert.Contains("Cohort 2021", ex.Message, StringComparison.Ordinal);
        Assert.Contains("period 2021", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_yet_treated_controls_run_out_for_the_last_cohort_without_never_treated_units()
    {
        var data = new DidPanelData(
            [1, 1, 1, 2, 2, 2],
            [2020, 2021, 2022, 2020, 2021, 2022],
            [2021, 2021, 2021, 2022, 2022, 2022],
            [1, 2, 3, 1, 1, 2]);

        var ex = Refused(data, NoBootstrap with { ControlGroup = DidControlGroup.NotYetTreated });

        Assert.Contains("Cohort 2021 has no comparison units for period 2022", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(-1)]
    public void A_first_treatment_that_is_neither_zero_nor_a_period_is_refused(int group)
    {
        var data = new DidPanelData([1, 1, 2, 2], [2020, 2021, 2020, 2021], [group, group, 0, 0], [1, 2, 1, 3]);

        var ex = Refused(data);

        Assert.Contains($"first-treatment period {group}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_far_apart_and_rows_out_of_unit_order_estimate_as_consecutive_periods_do()
    {
        long[] ids = [3, 1, 2, 1, 3, 2, 4, 4];
        int[] near = [2020, 2020, 2021, 2021, 2021, 2020, 2021, 2020];
        int[] far = [.. near.Select(p => p == 2020 ? -100_000 : 100_000)];
        double[] y = [1.0, 2.0, 4.5, 3.5, 1.25, 1.0, 2.0, 0.5];

        var close = StaggeredDid.Estimate(new DidPanelData(ids, near, [0, 2021, 0, 2021, 0, 0, 2021, 2021], y), NoBootstrap);
        var apart = StaggeredDid.Estimate(new DidPanelData(ids, far, [0, 100_000, 0, 100_000, 0, 0, 100_000, 100_000], y), NoBootstrap);

        Assert.Equal(4, apart.Units);
        Assert.Equal(close.GroupTimeEffects.Select(e => (e.Att, e.Se)), apart.GroupTimeEffects.Select(e => (e.Att, e.Se)));
    }

    [Fact]
    public void A_first_treatment_between_far_apart_periods_is_refused()
    {
        var data = new DidPanelData([1, 1, 2, 2], [-100_000, 100_000, -100_000, 100_000], [7, 7, 0, 0], [1, 2, 1, 3]);

        var ex = Refused(data);

        Assert.Contains("first-treatment period 7", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_outcome_names_the_unit_and_period(double bad)
    {
        var data = new DidPanelData([1, 1, 2, 2], [2020, 2021, 2020, 2021], [2021, 2021, 0, 0], [1, 2, 1, bad]);

        var ex = Refused(data);

        Assert.Contains("Outcome of unit 2 in period 2021 is not finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_units_is_refused()
    {
        var data = new DidPanelData([1, 1], [2020, 2021], [2021, 2021], [1, 2]);

        var ex = Refused(data);

        Assert.Contains("Too few units", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_with_missing_periods_are_dropped_and_counted()
    {
        var data = new DidPanelData([1, 1, 2, 2, 3, 3, 4], [2020, 2021, 2020, 2021, 2020, 2021, 2020], [2021, 2021, 0, 0, 0, 0, 0], [1, 3, 1, 2, 1, 1, 5]);

        var result = StaggeredDid.Estimate(data, NoBootstrap);

        Assert.Equal(3, result.Units);
        Assert.Equal(1, result.DroppedIncompleteUnits);
        Assert.Equal(1.5, result.GroupTimeEffects[0].Att, 12);
    }

    [Fact]
    public void A_covariate_that_separates_treated_from_controls_is_named_as_separation()
    {
        var data = new DidPanelData(
            [1, 1, 2, 2, 3, 3, 4, 4],
            [2020, 2021, 2020, 2021, 2020, 2021, 2020, 2021],
            [2021, 2021, 2021, 2021, 0, 0, 0, 0],
            [1, 2, 1, 3, 1, 1, 2, 2],
            Matrix.FromColumns([[5.0, 5.0, 6.0, 6.0, 1.0, 1.0, 2.0, 2.0]]));

        var ex = Refused(data);

        Assert.Contains("ATT(2021,2021)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("separation", ex.Message, StringComparison.Ordinal);
    }
}
