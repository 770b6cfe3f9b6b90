using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The fast multiplier draws against their definition, R*(b) = n^(−1/2) Σᵢ Vᵢ(b) ψᵢ with Vᵢ(b) from
/// <see cref="MultiplierBootstrap.FillWeights"/>: for every cell, and for every aggregate element through its
/// <see cref="InfluenceForm"/> (cell draws plus per-cohort sums). 9,001 units: a partial group of eight and two slabs.
/// </summary>
public sealed class DidBootstrapDrawTests
{
    private const int Replicates = 40;

    [Theory]
    [InlineData(DidControlGroup.NeverTreated)]
    [InlineData(DidControlGroup.NotYetTreated)]
    public void Cell_and_aggregate_draws_equal_the_weighted_sums_of_their_influence_functions(DidControlGroup controls)
    {
        var options = new DidOptions { ControlGroup = controls, Bootstrap = new() { Replicates = Replicates, Seed = 11 } };
        var panel = BalancedPanel.Build(DidSimulatedPanel.Generate(9001, seed: 5));
        var cells = GroupTimeEstimator.Estimate(panel, options);
        var aggregator = new DidAggregator(cells, GroupTimeEstimator.Cohorts(panel), panel.UnitGroup);
        AggregateParts[] sets = [aggregator.Dynamic(), aggregator.Group(), aggregator.Calendar()];

        var (cellDraws, cohortDraws) = MultiplierDraws.Draw([.. cells.Select(c => c.Psi)], aggregator.UnitCohort, aggregator.CohortCount, options.Bootstrap);

        var n = panel.UnitCount;
        var weights = Enumerable.Range(0, Replicates).Select(b => Weights(n, 11, b)).ToArray();
        for (var k = 0; k < cells.Count; k++)
        {
            AssertDraws(Direct(cells[k].Psi, weights), cellDraws[k]);
        }

        foreach (var set in sets)
        {
            for (var e = 0; e < set.Psis.Length; e++)
            {
                var composed = new double[Replicates];
                for (var b = 0; b < Replicates; b++)
                {
                    composed[b] = set.Forms[e].CellWeights.Select((w, k) => w * cellDraws[k][b]).Sum()
                        + set.Forms[e].CohortTerms.Select((h, c) => h * cohortDraws[c][b]).Sum();
                }

                AssertDraws(Direct(set.Psis[e], weights), composed);
            }
        }
    }

    private static double[] Weights(int n, int seed, int replicate)
    {
        var v = new double[n];
        MultiplierBootstrap.FillWeights(v, seed, replicate);
        return v;
    }

    private static double[] Direct(double[] psi, double[][] weights) =>
        [.. weights.Select(v => v.Select((x, i) => x * psi[i]).Sum() / Math.Sqrt(psi.Length))];

    // Both sums are of 9,001 terms in different orders: equal up to rounding, relative to the draws' spread.
    private static void AssertDraws(double[] expected, double[] actual)
    {
        var spread = Math.Sqrt(expected.Average(x => x * x));
        Assert.True(spread > 0);
        for (var b = 0; b < expected.Length; b++)
        {
            Assert.Equal(expected[b], actual[b], 1e-10 * spread);
        }
    }
}
