using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

public sealed class DidHandWorkedTests
{
    // Two treated units (first treated 2021) with ΔY = 3 and 4, two never-treated with ΔY = 1 and 2.
    private static readonly DidPanelData TwoByTwo = new(
        UnitIds: [1, 1, 2, 2, 3, 3, 4, 4],
        Periods: [2020, 2021, 2020, 2021, 2020, 2021, 2020, 2021],
        FirstTreatment: [2021, 2021, 2021, 2021, 0, 0, 0, 0],
        Outcome: [1.0, 4.0, 2.0, 6.0, 1.0, 2.0, 3.0, 5.0]);

    public static TheoryData<DidMethod> Methods => new()
    {
        DidMethod.DoublyRobust, DidMethod.InverseProbabilityWeighting, DidMethod.OutcomeRegression, DidMethod.Unconditional,
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Two_by_two_att_is_the_difference_of_mean_changes(DidMethod method)
    {
        var result = StaggeredDid.Estimate(TwoByTwo, new DidOptions { Method = method, Bootstrap = new() { Replicates = 0 } });

        // ATT = (3 + 4)/2 − (1 + 2)/2 = 2. Var = s²₁/n₁ + s²₀/n₀ with population variances 0.25: 0.125 + 0.125 → SE 0.5.
        var cell = Assert.Single(result.GroupTimeEffects);
        Assert.Equal(2021, cell.Group);
        Assert.Equal(2021, cell.Time);
        Assert.Equal(2020, cell.BasePeriod);
        Assert.Equal(2.0, cell.Att, 12);
        Assert.Equal(0.5, cell.Se, 12);
        Assert.Equal(2, cell.Treated);
        Assert.Equal(2, cell.Controls);
    }

    [Fact]
    public void A_single_cell_aggregates_to_itself_because_its_weight_is_one_whatever_the_cohort_share()
    {
        var result = StaggeredDid.Estimate(TwoByTwo, new DidOptions { Bootstrap = new() { Replicates = 0 } });

        foreach (var aggregation in new[] { result.Simple, result.Dynamic, result.Group, result.Calendar })
        {
            Assert.Equal(2.0, aggregation.Overall, 12);
            Assert.Equal(0.5, aggregation.OverallSe, 12);
        }

        Assert.Null(result.Pretest);
        Assert.Equal(1.959963984540054, result.CriticalValue, 12);
        Assert.Equal(2.0 - (0.5 * 1.959963984540054), result.GroupTimeEffects[0].BandLower, 12);
    }

    [Fact]
    public void Pre_period_cell_with_varying_base_is_the_period_on_period_placebo()
    {
        // Three periods; unit 1 treated from 2022. Pre-period cell (2022, 2021) compares 2021 with 2020:
        // treated change 1, control changes 0 and 2 → placebo ATT 1 − 1 = 0. Post cell (2022, 2022) from 2021:
        // treated 5, controls 1 and 1 → 4.
        var data = new DidPanelData(
            UnitIds: [1, 1, 1, 2, 2, 2, 3, 3, 3],
            Periods: [2020, 2021, 2022, 2020, 2021, 2022, 2020, 2021, 2022],
            FirstTreatment: [2022, 2022, 2022, 0, 0, 0, 0, 0, 0],
            Outcome: [0.0, 1.0, 6.0, 0.0, 0.0, 1.0, 0.0, 2.0, 3.0]);

        var result = StaggeredDid.Estimate(data, new DidOptions { Method = DidMethod.Unconditional, Bootstrap = new() { Replicates = 0 } });

        Assert.Equal(2, result.GroupTimeEffects.Count);
        var pre = result.GroupTimeEffects[0];
        Assert.Equal((2022, 2021, 2020), (pre.Group, pre.Time, pre.BasePeriod));
        Assert.Equal(0.0, pre.Att, 12);
        var post = result.GroupTimeEffects[1];
        Assert.Equal((2022, 2022, 2021), (post.Group, post.Time, post.BasePeriod));
        Assert.Equal(4.0, post.Att, 12);
        Assert.Equal([-1, 0], result.Dynamic.Elements.Select(e => e.Element));
    }

    [Fact]
    public void Universal_base_compares_every_period_with_the_one_before_treatment()
    {
        var data = new DidPanelData(
            UnitIds: [1, 1, 1, 2, 2, 2, 3, 3, 3],
            Periods: [2020, 2021, 2022, 2020, 2021, 2022, 2020, 2021, 2022],
            FirstTreatment: [2022, 2022, 2022, 0, 0, 0, 0, 0, 0],
            Outcome: [0.0, 1.0, 6.0, 0.0, 0.0, 1.0, 0.0, 2.0, 3.0]);

        var result = StaggeredDid.Estimate(data, new DidOptions { Method = DidMethod.Unconditional, BasePeriod = DidBasePeriod.Universal, Bootstrap = new() { Replicates = 0 } });

        // (2022, 2020) from 2021: treated 0 − 1 = −1, controls 0 and −2 → −1 − (−1) = 0; (2022, 2022) unchanged 4.
        Assert.Equal(2, result.GroupTimeEffects.Count);
        Assert.Equal((2020, 2021), (result.GroupTimeEffects[0].Time, result.GroupTimeEffects[0].BasePeriod));
        Assert.Equal(0.0, result.GroupTimeEffects[0].Att, 12);
        Assert.Equal(4.0, result.GroupTimeEffects[1].Att, 12);
    }
}
