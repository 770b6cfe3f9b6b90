using System.Globalization;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The treatment coefficient of a weighted least-squares regression in the matched sample (rows with weight &gt; 0)
/// with its cluster-robust CR1 standard error:
/// V = c · B (Σ_g u_g u_gᵀ) B, B = (XᵀWX)⁻¹, u_g = Σ_{i∈g} wᵢ eᵢ xᵢ, c = G/(G−1) · (N−1)/(N−K),
/// with G clusters, N rows with positive weight and K regressors (Stata's and R sandwich::vcovCL's HC1 factor).
/// Interval and p-value use t with G − 1 degrees of freedom.
/// </summary>
internal static class MatchedEffects
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
        double confidenceLevel) =>
        Estimate(Prepare(method, treated, weights, cluster, covariateNames, covariates), outcome, confidenceLevel);

    /// <summary>
    /// The outcome-free part of <see cref="Estimate(EffectMethod, IReadOnlyList{double}, IReadOnlyList{bool}, IReadOnlyList{double}, IReadOnlyList{int}, IReadOnlyList{string}, IReadOnlyList{double[]}, double)"/>:
    /// the rows with positive weight (<paramref name="matched"/> when given: those rows, ascending), the regressors
    /// with collinear covariates left out, and the clusters; every outcome of one matched sample shares it.
    /// </summary>
    internal static MatchedRegression Prepare(
        EffectMethod method,
        IReadOnlyList<bool> treated,
        IReadOnlyList<double> weights,
        IReadOnlyList<int> cluster,
        IReadOnlyList<string> covariateNames,
        IReadOnlyList<double[]> covariates,
        int[]? matched = null)
    {
        var rows = matched ?? [.. Enumerable.Range(0, weights.Count).Where(i => weights[i] > 0)];
        var w = new double[rows.Length];
        var treatment = new double[rows.Length];
        var clusterIds = new int[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            w[r] = weights[rows[r]];
            treatment[r] = treated[rows[r]] ? 1.0 : 0.0;
            clusterIds[r] = cluster[rows[r]];
        }

        var columns = new List<double[]> { Enumerable.Repeat(1.0, rows.Length).ToArray(), treatment };
        var dropped = new List<string>();
        if (method == EffectMethod.RegressionAdjusted)
        {
            for (var j = 0; j < covariates.Count; j++)
            {
                var candidate = new double[rows.Length];
                for (var r = 0; r < rows.Length; r++)
                {
                    candidate[r] = covariates[j][rows[r]];
                }

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

        // Clusters numbered 0, 1, … in order of first appearance among the rows.
        var numbers = new Dictionary<int, int>();
        for (var r = 0; r < clusterIds.Length; r++)
        {
            if (!numbers.TryGetValue(clusterIds[r], out var number))
            {
                numbers[clusterIds[r]] = number = numbers.Count;
            }

            clusterIds[r] = number;
        }

        var g = numbers.Count;
        var x = g < 2 || rows.Length <= columns.Count ? null : Matrix.FromColumns(columns);
        return new MatchedRegression(method, rows, w, clusterIds, g, columns.Count, x, dropped);
    }

    /// <summary>The effect on <paramref name="outcome"/> (one value per row of the table) in a prepared regression.</summary>
    internal static EffectEstimate Estimate(MatchedRegression design, IReadOnlyList<double> outcome, double confidenceLevel)
    {
        var (rows, w, g, k) = (design.Rows, design.Weights, design.Clusters, design.Regressors);
        var n = rows.Length;
        if (design.X is not { } x)
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The matched sample has {g} matched set(s) and {n} units for {k} regressors: too small for a cluster-robust standard error (at least 2 sets and more units than regressors)."));
        }

        var y = new double[n];
        for (var r = 0; r < n; r++)
        {
            y[r] = outcome[rows[r]];
        }

        var fit = WeightedLeastSquares.Fit(x, y, w);
        var variance = ClusterRobustVariance(x, fit, w, design.ClusterIds, g);
        var estimate = fit.Coefficients[1];
        var se = Math.Sqrt(variance);
        if (!(se > 0))
        {
            throw new EstimationException("The outcome is fitted exactly in the matched sample (zero residual variance), so the effect has no standard error.");
        }

        var df = g - 1.0;
        var q = StudentT.Quantile(0.5 + (confidenceLevel / 2), df);
        var p = StudentT.TwoSidedPValue(estimate / se, df);
        return new EffectEstimate(design.Method, estimate, se, estimate - (q * se), estimate + (q * se), p, n, g, design.Dropped);
    }

    // Variance of the treatment coefficient (index 1) only: bᵀ M b with b the second row of the bread. Clusters are
    // numbered in order of first appearance, so the meat sums the clusters' squared scores in that order.
    private static double ClusterRobustVariance(Matrix x, LeastSquaresFit fit, double[] w, int[] cluster, int g)
    {
        var k = x.Columns;
        var b = new double[k];
        for (var j = 0; j < k; j++)
        {
            b[j] = fit.Bread[1, j];
        }

        var scores = new double[g];
        for (var i = 0; i < x.Rows; i++)
        {
            // bᵀ u_g accumulated row by row: the cluster's contribution to the treatment coefficient's score.
            scores[cluster[i]] += w[i] * fit.Residuals[i] * Matrix.Dot(x.Row(i), b);
        }

        var meat = 0.0;
        foreach (var s in scores)
        {
            meat += s * s;
        }

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
