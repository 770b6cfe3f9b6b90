namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// One pass of <see cref="LogisticRegression"/> over the rows at a given β: the linear predictor, the log-likelihood,
/// the probabilities and the Newton system, every sum accumulated in row order (as separate passes computing
/// Σ wᵢ[yᵢηᵢ − log(1 + e^ηᵢ)], <see cref="CrossProducts.XtWX"/> and <see cref="Matrix.TransposeMultiply"/> would).
/// </summary>
internal static class LogisticPass
{
    /// <summary>
    /// At β (null: β = 0) writes ηᵢ and pᵢ per row (pᵢ from the same exp(−|ηᵢ|) as the
    /// log-likelihood: 1/(1 + e^−η), or e^η/(1 + e^η) for η &lt; 0, so a row costs one exp and one log), accumulates the Newton system into
    /// <paramref name="system"/> (cleared first) and returns the log-likelihood, with log(1 + e^η) evaluated without
    /// overflow. At β = 0 (η = 0, where e⁰ = 1 and the softplus is log 2) the exponential and logarithm are taken once.
    /// </summary>
    public static double Evaluate(
        Matrix x,
        double[]? beta,
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> weights,
        Span<double> eta,
        Span<double> probabilities,
        NewtonSystem system)
    {
        system.Clear();
        var p = x.Columns;
        var upper = system.Upper;
        var score = system.Score.AsSpan();
        var zero = Math.Exp(0.0);
        var atZero = Math.Log(1.0 + zero);
        var s = 0.0;
        for (var i = 0; i < eta.Length; i++)
        {
            var row = x.Row(i);
            double e, m, softplus;
            if (beta is null)
            {
                e = 0.0;
                m = zero;
                softplus = atZero;
            }
            else
            {
                e = Matrix.Dot(row, beta);
                m = Math.Exp(e > 0 ? -e : e);
                softplus = e > 0 ? e + Math.Log(1.0 + m) : Math.Log(1.0 + m);
            }

            eta[i] = e;
            var w = weights.IsEmpty ? 1.0 : weights[i];
            s += w * ((y[i] * e) - softplus);

            var pi = e >= 0 ? 1.0 / (1.0 + m) : m / (1.0 + m);
            probabilities[i] = pi;
            var working = w * pi * (1.0 - pi);
            var residual = w * (y[i] - pi);
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
                var accumulated = upper.Slice((a * p) + a, p - a);
                var tail = row[a..];
                for (var b = 0; b < accumulated.Length; b++)
                {
                    accumulated[b] += wa * tail[b];
                }
            }
        }

        return s;
    }
}
