using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// One pass of <see cref="LogisticRegression"/> over the rows at a given β: the linear predictor, the log-likelihood,
/// the probabilities and the Newton system, every sum of the Newton system accumulated in row order (as separate
/// passes with <see cref="CrossProducts.XtWX"/> and <see cref="Matrix.TransposeMultiply"/> would); the log-likelihood,
/// used only to accept a step and reported, is Σ wᵢ[yᵢηᵢ − log(1 + e^ηᵢ)] up to its last bits (see <see cref="Evaluate"/>).
/// </summary>
internal static class LogisticPass
{
    /// <summary>Rows whose factors 1 + mᵢ are multiplied before one logarithm is taken (unweighted passes).</summary>
    internal const int Chunk = 64;

    /// <summary>
    /// At β (null: β = 0) writes ηᵢ and pᵢ per row (pᵢ from the same mᵢ = exp(−|ηᵢ|) as the log-likelihood:
    /// 1/(1 + m), or m/(1 + m) for η &lt; 0), accumulates the Newton system into <paramref name="system"/> (cleared
    /// first) and returns the log-likelihood Σ wᵢ[yᵢηᵢ − max(ηᵢ, 0) − log(1 + mᵢ)], without overflow. Unweighted,
    /// the logarithms are taken of products of <see cref="Chunk"/> factors 1 + mᵢ ∈ (1, 2] (at most 2⁶⁴, so no
    /// overflow), one log per chunk instead of one per row: the log-likelihood then differs from the row-by-row sum
    /// in its last bits (a relative error of order n·2⁻⁵³, far inside the step test's 10⁻¹² slack), while η, p and
    /// the Newton system are the same. At β = 0 (η = 0, where e⁰ = 1) the exponential is taken once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        var weighted = !weights.IsEmpty;
        var s = 0.0;
        var logs = 0.0;
        var product = 1.0;
        var factors = 0;

        // Up to four columns, the score and each row of the upper triangle are vectors held in registers: lane b of
        // row a adds (working · xₐ) · x_b, the same product and sum per element as the loops below.
        var small = p <= Vector256<double>.Count;
        Vector256<double> sc = default, u0 = default, u1 = default, u2 = default, u3 = default;
        for (var i = 0; i < eta.Length; i++)
        {
            var row = x.Row(i);
            double e, m;
            if (beta is null)
            {
                e = 0.0;
                m = zero;
            }
            else
            {
                e = Matrix.Dot(row, beta);
                m = Math.Exp(e > 0 ? -e : e);
            }

            eta[i] = e;
            var w = weighted ? weights[i] : 1.0;
            if (weighted)
            {
                var softplus = e > 0 ? e + Math.Log(1.0 + m) : Math.Log(1.0 + m);
                s += w * ((y[i] * e) - softplus);
            }
            else
            {
                s += (y[i] * e) - (e > 0 ? e : 0.0);
                product *= 1.0 + m;
                if (++factors == Chunk)
                {
                    logs += Math.Log(product);
                    product = 1.0;
                    factors = 0;
                }
            }

            var pi = e >= 0 ? 1.0 / (1.0 + m) : m / (1.0 + m);
            probabilities[i] = pi;
            var working = w * pi * (1.0 - pi);
            var residual = w * (y[i] - pi);
            if (small)
            {
                var r = VectorRows.Padded(row);
                sc += r * Vector256.Create(residual);
                if (working != 0.0)
                {
                    u0 += Vector256.Create(working * r.GetElement(0)) * r;
                    u1 += Vector256.Create(working * r.GetElement(1)) * r;
                    u2 += Vector256.Create(working * r.GetElement(2)) * r;
                    u3 += Vector256.Create(working * r.GetElement(3)) * r;
                }

                continue;
            }

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

        if (small)
        {
            Vector256<double>[] rows = [u0, u1, u2, u3];
            for (var a = 0; a < p; a++)
            {
                score[a] = sc.GetElement(a);
                for (var b = a; b < p; b++)
                {
                    upper[(a * p) + b] = rows[a].GetElement(b);
                }
            }
        }

        return weighted ? s : s - (logs + Math.Log(product));
    }
}
