using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

/// <summary>
/// The straightforward Newton–Raphson with step halving that <see cref="LogisticRegression"/> computed before its
/// passes were fused: a log-likelihood pass per candidate β, then a separate pass for the Newton system at the kept
/// β, and a last pass for the information and probabilities at the estimate. The reference its fused passes must
/// equal bit for bit (separation and singularity checks left out: the data given to it are well posed).
/// </summary>
internal static class SeparatePassLogistic
{
    public static LogisticFit Fit(Matrix x, double[] y, double[]? weights, double[]? start, double tolerance = 1e-10)
    {
        var n = x.Rows;
        var p = x.Columns;
        var beta = start is null ? new double[p] : (double[])start.Clone();
        var eta = new double[n];
        var loglik = LogLikelihood(x, beta, y, weights, eta);
        var iteration = 0;
        var converged = false;
        while (iteration < 100)
        {
            iteration++;
            var (info, score) = System(x, y, weights, eta, null);
            var step = Cholesky.Decompose(info, "information").Solve(score);
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

                candidateLoglik = LogLikelihood(x, candidate, y, weights, eta);
                if (candidateLoglik >= loglik - (1e-12 * Math.Abs(loglik)) || halvings == 40)
                {
                    break;
                }

                scale *= 0.5;
                halvings++;
            }

            var small = true;
            for (var j = 0; j < p; j++)
            {
                small &= Math.Abs(candidate[j] - beta[j]) <= tolerance * (1.0 + Math.Abs(candidate[j]));
            }

            beta = candidate;
            loglik = candidateLoglik;
            if (small)
            {
                converged = true;
                break;
            }
        }

        var probabilities = new double[n];
        var (information, _) = System(x, y, weights, eta, probabilities);
        return new LogisticFit(beta, probabilities, information, loglik, iteration, converged);
    }

    private static double LogLikelihood(Matrix x, double[] beta, double[] y, double[]? weights, double[] eta)
    {
        var s = 0.0;
        for (var i = 0; i < x.Rows; i++)
        {
            var e = 0.0;
            for (var j = 0; j < x.Columns; j++)
            {
                e += x[i, j] * beta[j];
            }

            eta[i] = e;
            var softplus = e > 0 ? e + Math.Log(1.0 + Math.Exp(-e)) : Math.Log(1.0 + Math.Exp(e));
            s += (weights is null ? 1.0 : weights[i]) * ((y[i] * e) - softplus);
        }

        return s;
    }

    private static (Matrix Information, double[] Score) System(Matrix x, double[] y, double[]? weights, double[] eta, double[]? probabilities)
    {
        var p = x.Columns;
        var info = new Matrix(p, p);
        var score = new double[p];
        for (var i = 0; i < x.Rows; i++)
        {
            var w = weights is null ? 1.0 : weights[i];
            var m = Math.Exp(eta[i] > 0 ? -eta[i] : eta[i]);
            var pi = eta[i] >= 0 ? 1.0 / (1.0 + m) : m / (1.0 + m);
            if (probabilities is not null)
            {
                probabilities[i] = pi;
            }

            var residual = w * (y[i] - pi);
            for (var a = 0; a < p; a++)
            {
                score[a] += x[i, a] * residual;
            }

            var working = w * pi * (1.0 - pi);
            for (var a = 0; a < p; a++)
            {
                for (var b = a; b < p; b++)
                {
                    info[a, b] += working * x[i, a] * x[i, b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                info[a, b] = info[b, a];
            }
        }

        return (info, score);
    }
}
