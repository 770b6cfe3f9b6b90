using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>Weighted cross products of a design matrix: the building blocks of normal equations and sandwiches.</summary>
public static class CrossProducts
{
    /// <summary>
    /// XᵀWX for diagonal W = diag(<paramref name="weights"/>); with no weights, XᵀX. The result is exactly symmetric
    /// (the lower triangle is mirrored from the upper).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Matrix XtWX(Matrix x, ReadOnlySpan<double> weights = default)
    {
        CheckWeights(x, weights);
        var p = x.Columns;
        var acc = new double[p * p];
        if (p <= Vector256<double>.Count)
        {
            Small(x, weights, acc);
        }

        for (var i = 0; p > Vector256<double>.Count && i < x.Rows; i++)
        {
            var row = x.Row(i);
            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (w == 0.0)
            {
                continue;
            }

            for (var a = 0; a < p; a++)
            {
                var wa = w * row[a];
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

        return Matrix.FromRowMajor(p, p, acc);
    }

    /// <summary>XᵀWy for diagonal W = diag(<paramref name="weights"/>); with no weights, Xᵀy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] XtWy(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default)
    {
        CheckWeights(x, weights);
        if (y.Length != x.Rows)
        {
            throw new ArgumentException($"y has {y.Length} elements, X has {x.Rows} rows.", nameof(y));
        }

        var p = x.Columns;
        var result = new double[p];
        if (p <= Vector256<double>.Count)
        {
            // Four columns per vector: lane a adds xₐ · wy, the same product and sum per element.
            var sum = Vector256<double>.Zero;
            for (var i = 0; i < x.Rows; i++)
            {
                var wy = (weights.IsEmpty ? 1.0 : weights[i]) * y[i];
                sum += VectorRows.Padded(x.Row(i)) * Vector256.Create(wy);
            }

            for (var a = 0; a < p; a++)
            {
                result[a] = sum.GetElement(a);
            }

            return result;
        }

        for (var i = 0; i < x.Rows; i++)
        {
            var wy = (weights.IsEmpty ? 1.0 : weights[i]) * y[i];
            var row = x.Row(i);
            for (var a = 0; a < p; a++)
            {
                result[a] += row[a] * wy;
            }
        }

        return result;
    }

    // XᵀWX's upper triangle for up to four columns into acc (zeros): row a of the triangle is a vector in a register,
    // lane b adding (w · xₐ) · x_b, the same product and sum per element as the general loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Small(Matrix x, ReadOnlySpan<double> weights, double[] acc)
    {
        var p = x.Columns;
        Vector256<double> u0 = default, u1 = default, u2 = default, u3 = default;
        for (var i = 0; i < x.Rows; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (w == 0.0)
            {
                continue;
            }

            var r = VectorRows.Padded(x.Row(i));
            u0 += Vector256.Create(w * r.GetElement(0)) * r;
            u1 += Vector256.Create(w * r.GetElement(1)) * r;
            u2 += Vector256.Create(w * r.GetElement(2)) * r;
            u3 += Vector256.Create(w * r.GetElement(3)) * r;
        }

        Vector256<double>[] rows = [u0, u1, u2, u3];
        for (var a = 0; a < p; a++)
        {
            for (var b = a; b < p; b++)
            {
                acc[(a * p) + b] = rows[a].GetElement(b);
            }
        }
    }

    private static void CheckWeights(Matrix x, ReadOnlySpan<double> weights)
    {
        if (!weights.IsEmpty && weights.Length != x.Rows)
        {
            throw new ArgumentException($"{weights.Length} weights for {x.Rows} rows.", nameof(weights));
        }
    }
}
