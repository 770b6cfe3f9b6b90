using System.Globalization;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The first implementation of <see cref="MatchedEffects"/>, kept verbatim as the reference (clusters summed through
/// a dictionary, everything recomputed per call). The prepared, shared regression must give bit-identical estimates.
/// </summary>
internal static class ReferenceMatchedEffects
{
    // A covariate whose weighted residual norm, after projection on the regressors before it, is below this
    // fraction of its own norm is treated as collinear and left out (R's lm drops such columns too, tolerance 1e-7).
    private const double AliasTolerance = 1e-7;

    public static EffectEstimate Estimate(
        EffectMethod method,
        IReadOnlyList<double> outcome,
        IReadOnlyList<bool> treated,
        IReadOnlyList<double> weights,
        IReadOnlyList<int> cluster,
        IReadOnlyList<string> covariateNames,
        IReadOnlyList<double[]> covariates,
        double confidenceLevel)
    {
        var rows = Enumerable.Range(0, outcome.Count).Where(i => weights[i] > 0).ToArray();
        var w = rows.Select(i => weights[i]).ToArray();
        var y = rows.Select(i => outcome[i]).ToArray();
        var columns = new List<double[]>
        {
            rows.Select(_ => 1.0).ToArray(),
            rows.Select(i => treated[i] ? 1.0 : 0.0).ToArray(),
        };
        var dropped = new List<string>();
        if (method == EffectMethod.RegressionAdjusted)
        {
            for (var j = 0; j < covariates.Count; j++)
            {
                var candidate = rows.Select(i => covariates[j][i]).ToArray();
                if (IsAliased(columns, candidate, w))
                {
                    dropped.Add(covariateNames[j]);
                }
                else
                {
                    columns.Add(candidate);
                }
            }
        }

        var clusterIds = rows.Select(i => cluster[i]).ToArray();
        var g = clusterIds.Distinct().Count();
        var n = rows.Length;
        var k = columns.Count;
        if (g < 2 || n <= k)
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The matched sample has {g} matched set(s) and {n} units for {k} regressors: too small for a cluster-robust standard error (at least 2 sets and more units than regressors)."));
        }

        var x = Matrix.FromColumns(columns);
        var fit = WeightedLeastSquares.Fit(x, y, w);
        var variance = ClusterRobustVariance(x, fit, w, clusterIds, g);
        var estimate = fit.Coefficients[1];
        var se = Math.Sqrt(variance);
        if (!(se > 0))
        {
            throw new EstimationException("The outcome is fitted exactly in the matched sample (zero residual variance), so the effect has no standard error.");
        }

        var df = g - 1.0;
        var q = StudentT.Quantile(0.5 + (confidenceLevel / 2), df);
        var p = StudentT.TwoSidedPValue(estimate / se, df);
        return new EffectEstimate(method, estimate, se, estimate - (q * se), estimate + (q * se), p, n, g, dropped);
    }

    // Variance of the treatment coefficient (index 1) only: bᵀ M b with b the second row of the bread.
    private static double ClusterRobustVariance(Matrix x, LeastSquaresFit fit, double[] w, int[] clusterIds, int g)
    {
        var k = x.Columns;
        var b = new double[k];
        for (var j = 0; j < k; j++)
        {
            b[j] = fit.Bread[1, j];
        }

        var scores = new Dictionary<int, double>();
        for (var i = 0; i < x.Rows; i++)
        {
            // bᵀ u_g accumulated row by row: the cluster's contribution to the treatment coefficient's score.
            var contribution = w[i] * fit.Residuals[i] * Matrix.Dot(x.Row(i), b);
            scores[clusterIds[i]] = scores.GetValueOrDefault(clusterIds[i]) + contribution;
        }

        var meat = scores.Values.Sum(s => s * s);
        var n = x.Rows;
        var factor = g / (g - 1.0) * (n - 1.0) / (n - k);
        return factor * meat;
    }

    private static bool IsAliased(List<double[]> kept, double[] candidate, double[] w)
    {
        // Weighted Gram–Schmidt: project the candidate on the kept columns' orthogonalised span.
        var basis = new List<double[]>();
        foreach (var column in kept)
        {
            basis.Add(Residual(basis, column, w));
        }

        var residual = Residual(basis, candidate, w);
        return Math.Sqrt(WeightedDot(residual, residual, w)) <= AliasTolerance * Math.Sqrt(WeightedDot(candidate, candidate, w));
    }

    private static double[] Residual(List<double[]> basis, double[] v, double[] w)
    {
        var r = (double[])v.Clone();
        foreach (var q in basis)
        {
            var qq = WeightedDot(q, q, w);
            if (qq <= 0)
            {
                continue;
            }

            var coefficient = WeightedDot(q, r, w) / qq;
            for (var i = 0; i < r.Length; i++)
            {
                r[i] -= coefficient * q[i];
            }
        }

        return r;
    }

    private static double WeightedDot(double[] a, double[] b, double[] w)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += w[i] * a[i] * b[i];
        }

        return s;
    }
}
