using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// Effects from one prepared regression shared by several outcomes against the first implementation
/// (<see cref="ReferenceMatchedEffects"/>): bit-identical estimates, standard errors and intervals, with cluster ids
/// that are neither consecutive nor in order, zero and fractional weights, and a collinear covariate.
/// </summary>
public sealed class MatchedEffectsPropertyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Prepared_regressions_equal_the_reference_for_every_outcome(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 40; run++)
        {
            var n = random.Next(12, 300);
            var treated = Enumerable.Range(0, n).Select(i => i % 2 == 0).ToArray();
            var weights = Enumerable.Range(0, n).Select(_ => new[] { 0.0, 1.0, 1.0, 0.5, 1.0 / 3 }[random.Next(5)]).ToArray();
            var cluster = Enumerable.Range(0, n).Select(i => (((i / 2) * 7919) % 1000) - 500).ToArray();
            var x1 = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
            var x2 = x1.Select(v => 2 * v).ToArray();
            var x3 = Enumerable.Range(0, n).Select(_ => (double)random.Next(3)).ToArray();
            double[][] covariates = [x1, x2, x3];
            string[] names = ["x1", "x2", "x3"];
            foreach (var method in new[] { EffectMethod.DifferenceInMeans, EffectMethod.RegressionAdjusted })
            {
                var prepared = MatchedEffects.Prepare(method, treated, weights, cluster, names, covariates);
                for (var outcome = 0; outcome < 3; outcome++)
                {
                    var y = Enumerable.Range(0, n).Select(i => random.NextDouble() + (treated[i] ? 0.1 : 0.0) + x1[i]).ToArray();

                    var actual = MatchedEffects.Estimate(prepared, y, 0.95);

                    var expected = ReferenceMatchedEffects.Estimate(method, y, treated, weights, cluster, names, covariates, 0.95);
                    Assert.Equal(expected with { DroppedCovariates = [] }, actual with { DroppedCovariates = [] });
                    Assert.Equal(expected.DroppedCovariates, actual.DroppedCovariates);
                }
            }
        }
    }
}
