using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The pre-test's covariance products, formed in chunks of units with eight columns and two rows per pass, give the
/// statistic of the plain computation, V[a, b] = Matrix.Dot(ψₐ, ψ_b) / n, to the last bit.
/// </summary>
public sealed class WaldProductsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(21)]
    public void Statistic_equals_the_one_from_plain_dot_products_to_the_last_bit(int preCells)
    {
        var random = new Random(preCells);
        const int n = 3001;
        var cells = new List<GroupTimeCell>();
        for (var c = 0; c < preCells; c++)
        {
            double[] psi = [.. Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? 0.0 : random.NextDouble() - 0.5)];
            cells.Add(new GroupTimeCell(2050, 2001 + c, 2000 + c, (random.NextDouble() - 0.5) / 10, 40, 300, psi));
        }

        var test = ParallelTrendsWaldTest.Run(cells, n);

        var v = new Matrix(preCells, preCells);
        for (var a = 0; a < preCells; a++)
        {
            for (var b = 0; b < preCells; b++)
            {
                v[a, b] = Matrix.Dot(cells[Math.Min(a, b)].Psi, cells[Math.Max(a, b)].Psi) / n;
            }
        }

        double[] theta = [.. cells.Select(c => c.Att)];
        Assert.True(Cholesky.TryDecompose(v, out var factor, out _));
        var expected = n * Matrix.Dot(theta, factor.Solve(theta));
        Assert.NotNull(test);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(test.W));
        Assert.Equal(preCells, test.DegreesOfFreedom);
    }
}
