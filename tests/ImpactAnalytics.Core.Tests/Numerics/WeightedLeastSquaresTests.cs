using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

public sealed class WeightedLeastSquaresTests
{
    [Fact]
    public void Ols_on_four_points_matches_the_hand_solution()
    {
        // x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5 → slope 1.1, intercept 2.75 − 1.65 = 1.1.
        var x = Matrix.FromColumns([[1.0, 1.0, 1.0, 1.0], [0.0, 1.0, 2.0, 3.0]]);
        double[] y = [1.0, 3.0, 2.0, 5.0];

        var fit = WeightedLeastSquares.Fit(x, y);

        Assert.Equal(1.1, fit.Coefficients[0], 13);
        Assert.Equal(1.1, fit.Coefficients[1], 13);
        double[] residuals = [-0.1, 0.8, -1.3, 0.6];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(residuals[i], fit.Residuals[i], 13);
            Assert.Equal(y[i] - residuals[i], fit.Fitted[i], 13);
        }

        // (XᵀX)⁻¹ = [[4, 6], [6, 14]]⁻¹ = [[14, −6], [−6, 4]] / 20.
        Assert.Equal(0.7, fit.Bread[0, 0], 13);
        Assert.Equal(-0.3, fit.Bread[0, 1], 13);
        Assert.Equal(0.2, fit.Bread[1, 1], 13);
    }

    [Fact]
    public void Integer_weights_equal_replicating_rows()
    {
        var x = Matrix.FromColumns([[1.0, 1.0, 1.0, 1.0], [0.0, 1.0, 2.0, 3.0]]);
        double[] y = [1.0, 3.0, 2.0, 5.0];
        var replicated = Matrix.FromColumns([[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], [0.0, 1.0, 1.0, 2.0, 3.0, 3.0, 3.0]]);
        double[] yReplicated = [1.0, 3.0, 3.0, 2.0, 5.0, 5.0, 5.0];

        var weighted = WeightedLeastSquares.Fit(x, y, [1.0, 2.0, 1.0, 3.0]);
        var plain = WeightedLeastSquares.Fit(replicated, yReplicated);

        Assert.Equal(plain.Coefficients[0], weighted.Coefficients[0], 12);
        Assert.Equal(plain.Coefficients[1], weighted.Coefficients[1], 12);
    }

    [Fact]
    public void Collinear_design_is_an_estimation_exception()
    {
        var x = Matrix.FromColumns([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]);

        Assert.Throws<EstimationException>(() => WeightedLeastSquares.Fit(x, [1.0, 2.0, 3.0]));
    }

    [Fact]
    public void Non_finite_outcome_is_an_estimation_exception()
    {
        var x = Matrix.FromColumns([[1.0, 1.0, 1.0]]);

        var ex = Assert.Throws<EstimationException>(() => WeightedLeastSquares.Fit(x, [1.0, double.NaN, 3.0]));

        Assert.Contains("row 1", ex.Message, StringComparison.Ordinal);
    }
}
