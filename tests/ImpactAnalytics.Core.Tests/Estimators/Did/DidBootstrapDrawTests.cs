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

    [Fact]
    public void Weights_are_the_original_splitmix_stream_compared_in_floating_point()
    {
        // The stream as first written: u = (z >> 11) · 2⁻⁵³ compared with P(low) in doubles; the integer threshold
        // now used must give the same weight for every unit.
        var sqrt5 = Math.Sqrt(5.0);
        var lowProbability = (sqrt5 + 1.0) / (2.0 * sqrt5);
        var v = Weights(1_000_000, 20240501, 7);

        ulong seed = 20240501, replicate = 7;
        var state = (seed * 0x9E3779B97F4A7C15UL) ^ (replicate * 0xD1B54A32D192ED03UL);
        for (var i = 0; i < v.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            var u = (z >> 11) * (1.0 / (1UL << 53));
            Assert.Equal(u < lowProbability ? (1.0 - sqrt5) / 2.0 : (1.0 + sqrt5) / 2.0, v[i]);
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
