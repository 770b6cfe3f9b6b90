using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>Least squares by the normal equations with a Cholesky solve: β = (XᵀWX)⁻¹ XᵀWy.</summary>
public static class WeightedLeastSquares
{
    /// <summary>
    /// Fits y on X with non-negative weights (none = ordinary least squares). Throws
    /// <see cref="EstimationException"/> when X is rank-deficient on the positively weighted rows, or when y or the
    /// weights are not finite.
    /// </summary>
    public static LeastSquaresFit Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default)
    {
        if (y.Length != x.Rows)
        {
            throw new ArgumentException($"y has {y.Length} elements, X has {x.Rows} rows.", nameof(y));
        }

        Validate(y, weights);
        var xtwx = CrossProducts.XtWX(x, weights);
        var cholesky = Cholesky.Decompose(xtwx, "cross-product matrix XᵀWX of the regression");
        var beta = cholesky.Solve(CrossProducts.XtWy(x, y, weights));
        var fitted = x.Multiply(beta);
        var residuals = new double[y.Length];
        for (var i = 0; i < residuals.Length; i++)
        {
            residuals[i] = y[i] - fitted[i];
        }

        return new LeastSquaresFit(beta, fitted, residuals, cholesky.Inverse());
    }

    internal static void Validate(ReadOnlySpan<double> y, ReadOnlySpan<double> weights)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"Outcome of row {i} is not finite ({y[i]})."));
            }
        }

        if (weights.IsEmpty)
        {
            return;
        }

        if (weights.Length != y.Length)
        {
            throw new ArgumentException($"{weights.Length} weights for {y.Length} rows.", nameof(weights));
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0.0)
            {
                throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"Weight of row {i} is {weights[i]}; weights must be finite and non-negative."));
            }
        }
    }
}
