using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// Unpenalised maximum-likelihood logistic regression P(y = 1 | x) = 1 / (1 + exp(−xᵀβ)) by Newton–Raphson
/// (equivalently IRLS) with step halving, starting from β = 0 or from <see cref="LogisticRegressionOptions.Start"/>. Matches R's <c>glm(family = binomial)</c> at
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
        LogisticRegressionOptions? options = null) =>
        Fit(x, y, weights, options, null);

    /// <summary>
    /// As <see cref="Fit(Matrix, ReadOnlySpan{double}, ReadOnlySpan{double}, LogisticRegressionOptions?)"/>, with the
    /// row-sized work arrays taken from <paramref name="workspace"/> (any previous contents are overwritten) when given:
    /// the fit's <see cref="LogisticFit.Probabilities"/> is then the workspace's array, valid until its next use.
    /// </summary>
    internal static LogisticFit Fit(
        Matrix x,
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> weights,
        LogisticRegressionOptions? options,
        LogisticWorkspace? workspace)
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
        double[]? beta = null;
        if (options.Start is { } start)
        {
            if (start.Count != p)
            {
                throw new ArgumentException($"The start has {start.Count} coefficients, X has {p} columns.", nameof(options));
            }

            beta = new double[p];
            for (var j = 0; j < p; j++)
            {
                beta[j] = double.IsFinite(start[j]) ? start[j] : throw new ArgumentException($"Start coefficient {j} is not finite.", nameof(options));
            }
        }

        // Per row, ηᵢ and pᵢ of the latest β evaluated.
        Span<double> eta = workspace is null ? new double[n] : workspace.Eta(n);
        var probabilities = workspace is null ? new double[n] : workspace.Probabilities(n);
        var system = new NewtonSystem(p);
        var candidateSystem = new NewtonSystem(p);
        var loglik = LogisticPass.Evaluate(x, beta, y, weights, eta, probabilities, system);
        beta ??= new double[p];

        var converged = false;
        var iteration = 0;
        while (iteration < options.MaxIterations)
        {
            iteration++;
            if (!Cholesky.TryDecompose(system.Information(), out var cholesky, out _))
            {
                if (SeparatedCount(y, weights, eta, out _) > 0)
                {
                    throw Separation(y, weights, eta);
                }

                throw new EstimationException("Logistic regression: the design matrix is singular (collinear or constant covariates).");
            }

            var step = cholesky.Solve(system.Score);
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

                // The Newton system at the candidate is formed in the same pass, for the next iteration (or the
                // fit's information) should the candidate be kept, as it nearly always is at the first try.
                candidateLoglik = LogisticPass.Evaluate(x, candidate, y, weights, eta, probabilities, candidateSystem);
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
            (system, candidateSystem) = (candidateSystem, system);
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

        return new LogisticFit(beta, probabilities, system.Information(), loglik, iteration, converged);
    }

    private static int SeparatedCount(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, ReadOnlySpan<double> eta, out int informative)
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

    private static EstimationException Separation(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, ReadOnlySpan<double> eta)
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
