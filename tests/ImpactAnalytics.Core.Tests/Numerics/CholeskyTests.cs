using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

public sealed class CholeskyTests
{
    private static readonly Matrix A = Matrix.FromRows([[4.0, 2.0], [2.0, 3.0]]);

    [Fact]
    public void Factor_of_a_two_by_two_matches_the_hand_computation()
    {
        // L = [[2, 0], [1, √2]] since 2·2 = 4, 2·1 = 2, 1 + 2 = 3.
        var l = Cholesky.Decompose(A).Lower;

        Assert.Equal(2.0, l[0, 0], 15);
        Assert.Equal(0.0, l[0, 1], 15);
        Assert.Equal(1.0, l[1, 0], 15);
        Assert.Equal(Math.Sqrt(2.0), l[1, 1], 15);
    }

    [Fact]
    public void Inverse_is_adjugate_over_determinant()
    {
        // det = 8; A⁻¹ = [[3, −2], [−2, 4]] / 8.
        var inverse = Cholesky.Decompose(A).Inverse();

        Assert.Equal(3.0 / 8.0, inverse[0, 0], 15);
        Assert.Equal(-2.0 / 8.0, inverse[0, 1], 15);
        Assert.Equal(-2.0 / 8.0, inverse[1, 0], 15);
        Assert.Equal(4.0 / 8.0, inverse[1, 1], 15);
        Assert.Equal(Math.Log(8.0), Cholesky.Decompose(A).LogDeterminant(), 14);
    }

    [Fact]
    public void Solve_returns_x_with_a_x_equal_to_b()
    {
        // 4x + 2y = 10, 2x + 3y = 11 → x = 1, y = 3.
        var x = Cholesky.Decompose(A).Solve([10.0, 11.0]);

        Assert.Equal(1.0, x[0], 14);
        Assert.Equal(3.0, x[1], 14);
    }

    [Fact]
    public void Singular_matrix_is_an_estimation_exception_naming_the_matrix()
    {
        var singular = Matrix.FromRows([[1.0, 2.0], [2.0, 4.0]]);

        var ex = Assert.Throws<EstimationException>(() => Cholesky.Decompose(singular, "test matrix"));

        Assert.Contains("test matrix", ex.Message, StringComparison.Ordinal);
        Assert.False(Cholesky.TryDecompose(singular, out _, out var pivot));
        Assert.Equal(1, pivot);
    }

    [Fact]
    public void Weighted_cross_product_equals_explicit_xt_w_x()
    {
        var x = Matrix.FromRows([[1.0, 2.0], [1.0, -1.0], [1.0, 0.5]]);
        double[] w = [2.0, 1.0, 4.0];

        var xtwx = CrossProducts.XtWX(x, w);
        var xtwy = CrossProducts.XtWy(x, [1.0, 2.0, 3.0], w);

        // Σw = 7; Σw·x = 4 − 1 + 2 = 5; Σw·x² = 8 + 1 + 1 = 10; Σw·y = 2 + 2 + 12 = 16; Σw·x·y = 4 − 2 + 6 = 8.
        Assert.Equal(7.0, xtwx[0, 0], 14);
        Assert.Equal(5.0, xtwx[0, 1], 14);
        Assert.Equal(5.0, xtwx[1, 0], 14);
        Assert.Equal(10.0, xtwx[1, 1], 14);
        Assert.Equal(16.0, xtwy[0], 14);
        Assert.Equal(8.0, xtwy[1], 14);
    }
}
