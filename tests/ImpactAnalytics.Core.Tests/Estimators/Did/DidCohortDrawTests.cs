using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The per-cohort draws n^(−1/2) Σ_{i ∈ cohort} Vᵢ(b), formed as indicator columns of the subset-sum tables after the
/// cells, equal L·size + (H − L)·highs with the high units counted one by one from the weight stream, to the last bit.
/// </summary>
public sealed class DidCohortDrawTests
{
    [Theory]
    [InlineData(9001, 11, 3, 13)]
    [InlineData(37, 8, 7, 5)]
    [InlineData(100, 0, 2, 9)]
    public void Cohort_draws_equal_the_high_units_counted_one_by_one(int units, int cells, int cohortCount, int replicates)
    {
        var random = new Random(units + cells);
        var psis = new double[cells][];
        for (var k = 0; k < cells; k++)
        {
            psis[k] = [.. Enumerable.Range(0, units).Select(_ => random.NextDouble() - 0.5)];
        }

        var unitCohort = Enumerable.Range(0, units).Select(_ => random.Next(cohortCount + 1) - 1).ToArray();
        var settings = new BootstrapSettings { Replicates = replicates, Seed = 11 };

        var (_, cohorts) = MultiplierDraws.Draw(psis, unitCohort, cohortCount, settings);

        var scale = 1.0 / Math.Sqrt(units);
        var low = MultiplierBootstrap.LowWeight;
        var step = MultiplierBootstrap.HighWeight - MultiplierBootstrap.LowWeight;
        Assert.Equal(cohortCount + 1, cohorts.Length);
        for (var b = 0; b < replicates; b++)
        {
            var v = new double[units];
            MultiplierBootstrap.FillWeights(v, settings.Seed, b);
            for (var c = -1; c < cohortCount; c++)
            {
                var members = Enumerable.Range(0, units).Where(i => unitCohort[i] == c).ToArray();
                var highs = members.Count(i => v[i] == MultiplierBootstrap.HighWeight);
                var expected = scale * ((low * members.Length) + (step * highs));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(cohorts[c + 1][b]));
            }
        }
    }
}
