using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The samples of a chain (same units and D, base period after base period) reuse one <see cref="TwoByTwoBuffers"/>:
/// each must estimate exactly what a sample with arrays of its own does.
/// </summary>
public sealed class TwoByTwoBuffersTests
{
    private static (double[] D, Matrix X, double[] Dy) Sample(int n, int seed, double[] d)
    {
        var random = new Random(seed);
        var x = new Matrix(n, 3);
        var dy = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1.0;
            x[i, 1] = random.NextDouble() + (0.3 * d[i]);
            x[i, 2] = 10.0 + random.Next(30);
            dy[i] = (0.5 * x[i, 1]) + (0.2 * d[i]) + random.NextDouble();
        }

        return (d, x, dy);
    }

    [Fact]
    public void Samples_sharing_buffers_one_after_another_estimate_what_samples_of_their_own_do()
    {
        const int n = 1500;
        var random = new Random(41);
        var d = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.2 ? 1.0 : 0.0).ToArray();
        var buffers = new TwoByTwoBuffers();

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var (_, x, dy) = Sample(n, seed, d);
            var own = TwoByTwoDid.DoublyRobust(dy, new TwoByTwoSample(d, x, 0.995));
            var sharedSample = new TwoByTwoSample(d, x, 0.995, null, buffers);

            var shared = TwoByTwoDid.DoublyRobust(dy, sharedSample);
            var ipw = TwoByTwoDid.InverseProbabilityWeighting(dy, sharedSample);

            Assert.Equal(BitConverter.DoubleToInt64Bits(own.Att), BitConverter.DoubleToInt64Bits(shared.Att));
            Assert.Equal(own.Influence.ToArray(), shared.Influence.ToArray());
            var ownIpw = TwoByTwoDid.InverseProbabilityWeighting(dy, new TwoByTwoSample(d, x, 0.995));
            Assert.Equal(BitConverter.DoubleToInt64Bits(ownIpw.Att), BitConverter.DoubleToInt64Bits(ipw.Att));
            Assert.NotNull(buffers.Controls);
        }
    }
}
