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
        // exp(−|ηᵢ|), computed once per row and candidate by the log-likelihood and reused for pᵢ (the same
        // exponential as 1/(1 + e^−η), or e^η/(1 + e^η) for η < 0), so each Newton step costs one exp and one log per row.
        var decay = new double[n];
        double loglik;
        if (options.Start is { } start)
        {
            if (start.Count != p)
            {
                throw new ArgumentException($"The start has {start.Count} coefficients, X has {p} columns.", nameof(options));
            }

            for (var j = 0; j < p; j++)
            {
                beta[j] = double.IsFinite(start[j]) ? start[j] : throw new ArgumentException($"Start coefficient {j} is not finite.", nameof(options));
            }

            loglik = LinearPredictorLogLikelihood(x, beta, y, weights, eta, decay);
        }
        else
        {
            loglik = LogLikelihood(y, weights, eta, decay);
        }

        var converged = false;
        var iteration = 0;
        while (iteration < options.MaxIterations)
        {
            iteration++;
            var (info, score) = NewtonSystem(x, y, weights, eta, decay, null);
            if (!Cholesky.TryDecompose(info, out var cholesky, out _))
            {
                if (SeparatedCount(y, weights, eta, out _) > 0)
                {
                    throw Separation(y, weights, eta);
                }

                throw new EstimationException("Logistic regression: the design matrix is singular (collinear or constant covariates).");
            }

            var step = cholesky.Solve(score);
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

                candidateLoglik = LinearPredictorLogLikelihood(x, candidate, y, weights, eta, decay);
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
        var (information, _) = NewtonSystem(x, y, weights, eta, decay, probabilities);
        return new LogisticFit(beta, probabilities, information, loglik, iteration, converged);
    }

    // At η (with decay = exp(−|η|)): the information XᵀWX with Wᵢ = wᵢpᵢ(1 − pᵢ) and the score Xᵀ(w(y − p)), in one
    // pass with every sum accumulated in row order (as CrossProducts.XtWX and Matrix.TransposeMultiply would);
    // optionally stores pᵢ.
    private static (Matrix Information, double[] Score) NewtonSystem(
        Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta, double[] decay, double[]? probabilities)
    {
        var p = x.Columns;
        var acc = new double[p * p];
        var score = new double[p];
        for (var i = 0; i < eta.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            var m = decay[i];
            var pi = eta[i] >= 0 ? 1.0 / (1.0 + m) : m / (1.0 + m);
            if (probabilities is not null)
            {
                probabilities[i] = pi;
            }

            var working = w * pi * (1.0 - pi);
            var residual = w * (y[i] - pi);
            var row = x.Row(i);
            for (var a = 0; a < p; a++)
            {
                score[a] += row[a] * residual;
            }

            if (working == 0.0)
            {
                continue;
            }

            for (var a = 0; a < p; a++)
            {
                var wa = working * row[a];
                for (var b = a; b < p; b++)
                {
                    acc[(a * p) + b] += wa * row[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                acc[(a * p) + b] = acc[(b * p) + a];
            }
        }

        return (Matrix.FromRowMajor(p, p, acc), score);
    }

    // ηᵢ = xᵢᵀβ into eta, then the log-likelihood at η (below), in one pass.
    private static double LinearPredictorLogLikelihood(
        Matrix x, double[] beta, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta, double[] decay)
    {
        var s = 0.0;
        for (var i = 0; i < eta.Length; i++)
        {
            var e = Matrix.Dot(x.Row(i), beta);
            eta[i] = e;
            s += (weights.IsEmpty ? 1.0 : weights[i]) * ((y[i] * e) - Softplus(e, decay, i));
        }

        return s;
    }

    // Σ wᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)], with log1p(e^η) evaluated without overflow; stores exp(−|ηᵢ|) in decay. At the
    // start (η = 0, where e⁰ = 1 and the softplus is log 2) the exponential and logarithm are taken once, not per row.
    private static double LogLikelihood(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double[] eta, double[] decay)
    {
        var zero = Math.Exp(0.0);
        var atZero = Math.Log(1.0 + zero);
        var s = 0.0;
        for (var i = 0; i < eta.Length; i++)
        {
            var e = eta[i];
            double softplus;
            if (e == 0.0)
            {
                decay[i] = zero;
                softplus = atZero;
            }
            else
            {
                softplus = Softplus(e, decay, i);
            }

            s += (weights.IsEmpty ? 1.0 : weights[i]) * ((y[i] * e) - softplus);
        }

        return s;
    }

    private static double Softplus(double e, double[] decay, int i)
    {
        var m = Math.Exp(e > 0 ? -e : e);
        decay[i] = m;
        return e > 0 ? e + Math.Log(1.0 + m) : Math.Log(1.0 + m);
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
