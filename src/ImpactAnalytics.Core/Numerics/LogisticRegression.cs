using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// Unpenalised maximum-likelihood logistic regression P(y = 1 | x) = 1 / (1 + exp(−xᵀβ)) by Newton–Raphson
/// (equivalently IRLS) with step halving, starting from β = 0. Matches R's <c>glm(family = binomial)</c> at
/// convergence; unlike glm it refuses separated data instead of returning diverging coefficients.
/// </summary>
public static class LogisticRegression
{
    // |xᵀβ| beyond this makes p numerically 0 or 1 (1 − p < 1e-13): the hallmark of separation.
    private const double SeparatedLinearPredictor = 30.0;
    private const int MaxStepHalvings = 40;

    /// <summary>
    /// Fits y ∈ {0, 1} on X (include an intercept column yourself) with optional non-negative case weights.
    /// Throws <see cref="EstimationException"/> on perfect or quasi-complete separation, on non-convergence (unless
    /// <see cref="LogisticRegressionOptions.RequireConvergence"/> is false), on an outcome that does not vary, and
    /// on collinear columns.
    /// </summary>
    public static LogisticFit Fit(
        Matrix x,
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> weights = default,
        LogisticRegressionOptions? options = null)
    {
        options ??= new LogisticRegressionOptions();
        if (y.Length != x.Rows)
        {
            throw new ArgumentException($"y has {y.Length} elements, X has {x.Rows} rows.", nameof(y));
        }

        WeightedLeastSquares.Validate(y, weights);
        CheckOutcome(y, weights);

        var n = x.Rows;
        var p = x.Columns;
        var beta = new double[p];
        var eta = new double[n];
        var loglik = LogLikelihood(y, weights, eta);
        var converged = false;
        var iteration = 0;
        var working = new double[n];
        var residual = new double[n];
        while (iteration < options.MaxIterations)
        {
            iteration++;
            for (var i = 0; i < n; i++)
            {
                var w = weights.IsEmpty ? 1.0 : weights[i];
                var pi = Sigmoid(eta[i]);
                working[i] = w * pi * (1.0 - pi);
                residual[i] = w * (y[i] - pi);
            }

            var info = CrossProducts.XtWX(x, working);
            if (!Cholesky.TryDecompose(info, out var cholesky, out _))
            {
                if (SeparatedCount(y, weights, eta, out _) > 0)
                {
                    throw Separation(y, weights, eta);
                }

                throw new EstimationException("Logistic regression: the design matrix is singular (collinear or constant covariates).");
            }

            var step = cholesky.Solve(x.TransposeMultiply(residual));
            var scale = 1.0;
            double[] candidate;
            double candidateLoglik;
            var halvings = 0;
            while (true)
            {
                candidate = new double[p];
                for (var j = 0; j < p; j++)
                {
                    candidate[j] = beta[j] + (scale * step[j]);
                }

                LinearPredictor(x, candidate, eta);
                candidateLoglik = LogLikelihood(y, weights, eta);
                if (candidateLoglik >= loglik - (1e-12 * Math.Abs(loglik)) || halvings == MaxStepHalvings)
                {
                    break;
                }

                scale *= 0.5;
                halvings++;
            }

            var small = true;
            for (var j = 0; j < p; j++)
            {
                if (Math.Abs(candidate[j] - beta[j]) > options.Tolerance * (1.0 + Math.Abs(candidate[j])))
                {
                    small = false;
                }
            }

            beta = candidate;
            loglik = candidateLoglik;
            if (small)
            {
                converged = true;
                break;
            }
        }

        if (SeparatedCount(y, weights, eta, out _) > 0)
        {
            throw Separation(y, weights, eta);
        }

        if (!converged && options.RequireConvergence)
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Logistic regression did not converge in {options.MaxIterations} Newton iterations (tolerance {options.Tolerance:G3})."));
        }

        var probabilities = new double[n];
        for (var i = 0; i < n; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            probabilities[i] = Sigmoid(eta[i]);
            working[i] = w * probabilities[i] * (1.0 - probabilities[i]);
        }

        return new LogisticFit(beta, probabilities, CrossProducts.XtWX(x, working), loglik, iteration, converged);
    }

    internal static double Sigmoid(double eta) =>
        eta >= 0 ? 1.0 / (1.0 + Math.Exp(-eta)) : Math.Exp(eta) / (1.0 + Math.Exp(eta));

    private static void LinearPredictor(Matrix x, double[] beta, double[] eta)
    {
        for (var i = 0; i < x.Rows; i++)
        {
            eta[i] = Matrix.Dot(x.Row(i), beta);
        }
    }

    // Σ wᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)], with log1p(e^η) evaluated without overflow.
    private static double LogLikelihood(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta)
    {
        var s = 0.0;
        for (var i = 0; i < eta.Length; i++)
        {
            var e = eta[i];
            var softplus = e > 0 ? e + Math.Log(1.0 + Math.Exp(-e)) : Math.Log(1.0 + Math.Exp(e));
            s += (weights.IsEmpty ? 1.0 : weights[i]) * ((y[i] * e) - softplus);
        }

        return s;
    }

    private static int SeparatedCount(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta, out int informative)
    {
        var count = 0;
        informative = 0;
        for (var i = 0; i < eta.Length; i++)
        {
            if (!weights.IsEmpty && weights[i] == 0.0)
            {
                continue;
            }

            informative++;
            if ((y[i] == 1.0 && eta[i] > SeparatedLinearPredictor) || (y[i] == 0.0 && eta[i] < -SeparatedLinearPredictor))
            {
                count++;
            }
        }

        return count;
    }

    private static EstimationException Separation(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta)
    {
        var separated = SeparatedCount(y, weights, eta, out var informative);
        var kind = separated == informative ? "perfect (complete) separation" : "quasi-complete separation";
        return new EstimationException(string.Create(
            CultureInfo.InvariantCulture,
            $"Logistic regression: {kind}: the covariates predict the outcome exactly for {separated} of {informative} observations, so the maximum-likelihood estimate does not exist. Drop or coarsen the covariate that separates the groups."));
    }

    private static void CheckOutcome(ReadOnlySpan<double> y, ReadOnlySpan<double> weights)
    {
        var ones = 0.0;
        var zeros = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] != 0.0 && y[i] != 1.0)
            {
                throw new EstimationException(string.Create(CultureInfo.InvariantCulture, $"Logistic regression: outcome of row {i} is {y[i]}, expected 0 or 1."));
            }

            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (y[i] == 1.0)
            {
                ones += w;
            }
            else
            {
                zeros += w;
            }
        }

        if (ones == 0.0 || zeros == 0.0)
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Logistic regression: the outcome does not vary (all {(ones == 0.0 ? 0 : 1)}), so there is nothing to fit."));
        }
    }
}
