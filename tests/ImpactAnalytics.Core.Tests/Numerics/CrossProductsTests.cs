using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

/// <summary>
/// XᵀWX and XᵀWy of up to four columns (accumulated as vectors) equal the element-by-element sums in row order of
/// the general loop, to the last bit.
/// </summary>
public sealed class CrossProductsTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public void Cross_products_equal_the_row_by_row_sums_to_the_last_bit(int columns, bool weighted)
    {
        var random = new Random(columns);
        const int n = 1501;
        var x = new Matrix(n, columns);
        var y = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                x[i, j] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4));
            }

            y[i] = random.NextDouble() - 0.5;
            w[i] = random.Next(3) == 0 ? 0.0 : random.NextDouble();
        }

        var weights = weighted ? w : null;
        var xtwx = CrossProducts.XtWX(x, weights);
        var xtwy = CrossProducts.XtWy(x, y, weights);

        for (var a = 0; a < columns; a++)
        {
            var expectedY = 0.0;
            for (var i = 0; i < n; i++)
            {
                expectedY += x[i, a] * ((weights is null ? 1.0 : w[i]) * y[i]);
            }

            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedY), BitConverter.DoubleToInt64Bits(xtwy[a]));
            for (var b = a; b < columns; b++)
            {
                var expected = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var wi = weights is null ? 1.0 : w[i];
                    if (wi != 0.0)
                    {
                        expected += wi * x[i, a] * x[i, b];
                    }
                }

                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(xtwx[a, b]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(xtwx[b, a]));
            }
        }
    }
}
