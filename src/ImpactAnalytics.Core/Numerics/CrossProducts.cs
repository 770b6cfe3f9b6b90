using System.Runtime.CompilerServices;

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
        for (var i = 0; i < x.Rows; i++)
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

    private static void CheckWeights(Matrix x, ReadOnlySpan<double> weights)
    {
        if (!weights.IsEmpty && weights.Length != x.Rows)
        {
            throw new ArgumentException($"{weights.Length} weights for {x.Rows} rows.", nameof(weights));
        }
    }
}
