using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// Several outcomes estimated together (<see cref="StaggeredDid.EstimateMany(IReadOnlyList{DidPanelData}, DidOptions)"/>: shared samples, propensity fits and
/// bootstrap bits) give exactly what estimating each alone gives, and a failing outcome fails alone.
/// </summary>
public sealed class DidManyOutcomesTests
{
    private static readonly DidOptions Options = new() { Bootstrap = new BootstrapSettings { Replicates = 99, Seed = 5 } };

    [Fact]
    public void Outcomes_estimated_together_equal_each_estimated_alone_to_the_last_bit()
    {
        var first = DidSimulatedPanel.Generate(1500, seed: 3);
        var second = first with { Outcome = [.. first.Outcome.Select((y, r) => (0.5 * y) + Math.Sin(r))] };
        var other = DidSimulatedPanel.Generate(1203, seed: 4);
        DidPanelData[] data = [first, second, other];

        var together = StaggeredDid.EstimateMany(data, Options);

        for (var i = 0; i < data.Length; i++)
        {
            var alone = StaggeredDid.Estimate(data[i], Options, out var dynamic);
            var (result, dynamicTogether, failure) = together[i];
            Assert.Null(failure);
            AssertSame(alone, result!);
            Assert.Equal(dynamic.Atts, dynamicTogether!.Atts);
            for (var e = 0; e < dynamic.Psis.Length; e++)
            {
                Assert.Equal(dynamic.Psis[e], dynamicTogether.Psis[e]);
            }
        }
    }

    [Fact]
    public void An_outcome_that_cannot_be_estimated_fails_alone_with_the_message_it_has_on_its_own()
    {
        var good = DidSimulatedPanel.Generate(800, seed: 8);
        var bad = good with { Outcome = [.. good.Outcome.Select((y, r) => r == 17 ? double.NaN : y)] };

        var together = StaggeredDid.EstimateMany([bad, good], Options);

        var expected = Assert.Throws<EstimationException>(() => StaggeredDid.Estimate(bad, Options));
        Assert.Equal(expected.Message, together[0].Failure?.Message);
        Assert.Null(together[1].Failure);
        AssertSame(StaggeredDid.Estimate(good, Options), together[1].Result!);
    }

    [Fact]
    public void Bootstrap_bits_drawn_for_more_units_give_the_same_draws()
    {
        var options = new DidOptions { Bootstrap = new BootstrapSettings { Replicates = 40, Seed = 11 } };
        var panel = BalancedPanel.Build(DidSimulatedPanel.Generate(9001, seed: 5));
        var cells = GroupTimeEstimator.Estimate(panel, options);
        var aggregator = new DidAggregator(cells, GroupTimeEstimator.Cohorts(panel), panel.UnitGroup);
        double[][] psis = [.. cells.Select(c => c.Psi)];

        var own = MultiplierDraws.Draw(psis, aggregator.UnitCohort, aggregator.CohortCount, options.Bootstrap);
        var shared = MultiplierDraws.Draw(psis, aggregator.UnitCohort, aggregator.CohortCount, options.Bootstrap, MultiplierBits.Draw(options.Bootstrap, 9001 + 13));

        Assert.Equal(own.Cells.Length, shared.Cells.Length);
        for (var k = 0; k < own.Cells.Length; k++)
        {
            Assert.Equal(own.Cells[k], shared.Cells[k]);
        }

        for (var c = 0; c < own.Cohorts.Length; c++)
        {
            Assert.Equal(own.Cohorts[c], shared.Cohorts[c]);
        }
    }

    private static void AssertSame(DidResult expected, DidResult actual)
    {
        Assert.Equal(expected.Units, actual.Units);
        Assert.Equal(expected.GroupTimeEffects, actual.GroupTimeEffects);
        Assert.Equal(expected.CriticalValue, actual.CriticalValue);
        Assert.Equal(expected.Pretest, actual.Pretest);
        DidAggregation[] e = [expected.Simple, expected.Dynamic, expected.Group, expected.Calendar];
        DidAggregation[] a = [actual.Simple, actual.Dynamic, actual.Group, actual.Calendar];
        for (var s = 0; s < e.Length; s++)
        {
            Assert.Equal(e[s].Overall, a[s].Overall);
            Assert.Equal(e[s].OverallSe, a[s].OverallSe);
            Assert.Equal(e[s].CriticalValue, a[s].CriticalValue);
            Assert.Equal(e[s].Elements, a[s].Elements);
        }
    }
}
