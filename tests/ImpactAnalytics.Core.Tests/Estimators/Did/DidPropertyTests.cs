using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

public sealed class DidPropertyTests
{
    private static readonly DidPanelData Panel = DidSimulatedPanel.Generate(units: 1500, seed: 20240501);

    public static TheoryData<DidMethod> AdjustingMethods => new()
    {
        DidMethod.DoublyRobust, DidMethod.InverseProbabilityWeighting, DidMethod.OutcomeRegression,
    };

    [Theory]
    [MemberData(nameof(AdjustingMethods))]
    public void Planted_constant_effect_is_recovered_within_the_confidence_interval(DidMethod method)
    {
        var result = StaggeredDid.Estimate(Panel, new DidOptions { Method = method, Bootstrap = new() { Replicates = 0 } });

        foreach (var aggregation in new[] { result.Simple, result.Group, result.Dynamic, result.Calendar })
        {
            Assert.InRange(DidSimulatedPanel.PlantedEffect, aggregation.Overall - (1.96 * aggregation.OverallSe), aggregation.Overall + (1.96 * aggregation.OverallSe));
        }

        var pre = result.Dynamic.Elements.Where(e => e.Element < 0).ToArray();
        Assert.NotEmpty(pre);
        Assert.All(pre, e => Assert.InRange(0.0, e.Att - (3 * e.Se), e.Att + (3 * e.Se)));
    }

    [Fact]
    public void Without_covariate_adjustment_the_selection_on_trends_biases_the_estimate()
    {
        var result = StaggeredDid.Estimate(Panel, new DidOptions { Method = DidMethod.Unconditional, Bootstrap = new() { Replicates = 0 } });

        // Treated units have larger x and hence steeper trends: the plain DiD overstates the effect.
        Assert.True(result.Simple.Overall - (1.96 * result.Simple.OverallSe) > DidSimulatedPanel.PlantedEffect);
        Assert.True(result.Pretest!.PValue < 0.01);
    }

    [Theory]
    [MemberData(nameof(AdjustingMethods))]
    public void Adding_a_constant_or_a_unit_level_to_the_outcome_changes_nothing(DidMethod method)
    {
        var options = new DidOptions { Method = method, Bootstrap = new() { Replicates = 0 } };
        var shifted = Panel with
        {
            Outcome = Panel.Outcome.Select((y, r) => y + 7.5 + (0.001 * Panel.UnitIds[r])).ToArray(),
        };

        var before = StaggeredDid.Estimate(Panel, options);
        var after = StaggeredDid.Estimate(shifted, options);

        for (var k = 0; k < before.GroupTimeEffects.Count; k++)
        {
            Assert.Equal(before.GroupTimeEffects[k].Att, after.GroupTimeEffects[k].Att, 1e-9);
            Assert.Equal(before.GroupTimeEffects[k].Se, after.GroupTimeEffects[k].Se, 1e-9);
        }

        Assert.Equal(before.Simple.Overall, after.Simple.Overall, 1e-9);
        Assert.Equal(before.Pretest!.W, after.Pretest!.W, 1e-6);
    }

    [Fact]
    public void Row_order_of_the_input_does_not_matter()
    {
        var order = Enumerable.Range(0, Panel.UnitIds.Length).Reverse().ToArray();
        var reversed = new DidPanelData(
            order.Select(r => Panel.UnitIds[r]).ToArray(),
            order.Select(r => Panel.Periods[r]).ToArray(),
            order.Select(r => Panel.FirstTreatment[r]).ToArray(),
            order.Select(r => Panel.Outcome[r]).ToArray(),
            ImpactAnalytics.Core.Numerics.Matrix.FromColumns([order.Select(r => Panel.Covariates![r, 0]).ToArray()]));
        var options = new DidOptions { Bootstrap = new() { Replicates = 0 } };

        var a = StaggeredDid.Estimate(Panel, options);
        var b = StaggeredDid.Estimate(reversed, options);

        Assert.Equal(a.Simple.Overall, b.Simple.Overall, 14);
        Assert.Equal(a.Simple.OverallSe, b.Simple.OverallSe, 14);
    }
}
