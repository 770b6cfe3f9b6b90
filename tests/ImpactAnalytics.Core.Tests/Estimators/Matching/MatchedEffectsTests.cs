using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class MatchedEffectsTests
{
    [Fact]
    public void Difference_in_means_has_the_hand_computed_cr1_standard_error()
    {
        // Three pairs: treated 5, 7, 4; controls 3, 6, 1. Estimate 16/3 − 10/3 = 2.
        // Cluster scores (e_T − e_C)/3 = 0, −1/3, 1/3 → meat 2/9; CR1 factor 3/2 · 5/4; V = 15/8 · 2/9 = 5/12.
        double[] y = [5, 7, 4, 3, 6, 1];
        bool[] treated = [true, true, true, false, false, false];
        int[] clusters = [1, 2, 3, 1, 2, 3];

        var effect = MatchedEffects.Estimate(EffectMethod.DifferenceInMeans, y, treated, [1, 1, 1, 1, 1, 1], clusters, [], [], 0.95);

        Assert.Equal(2.0, effect.Estimate, 12);
        Assert.Equal(Math.Sqrt(5.0 / 12), effect.StandardError, 12);
        // t(2): two-sided p = 1 − |t|/√(2 + t²) with t² = 9.6; 97.5 % quantile 4.302652729749464.
        Assert.Equal(1 - Math.Sqrt(9.6 / 11.6), effect.PValue, 10);
        Assert.Equal(2.0 - (4.302652729749464 * Math.Sqrt(5.0 / 12)), effect.ConfidenceLow, 9);
        Assert.Equal(2.0 + (4.302652729749464 * Math.Sqrt(5.0 / 12)), effect.ConfidenceHigh, 9);
        Assert.Equal(3, effect.Clusters);
        Assert.Equal(6, effect.Observations);
    }

    [Fact]
    public void Regression_adjusted_cr1_matches_a_naive_sandwich_with_weights()
    {
        double[] y = [2.1, 3.5, 1.2, 4.4, 2.9, 1.0, 2.2, 0.4, 3.3, 1.9, 2.5, 0.0];
        bool[] treated = [true, true, true, true, false, false, false, false, false, false, false, true];
        double[] x = [0.3, 1.1, -0.4, 1.6, 0.9, -0.2, 0.5, -1.0, 1.2, 0.1, 0.7, 2.0];
        double[] w = [1, 1, 1, 1, 0.5, 0.5, 1.5, 0.5, 1, 0.5, 0.5, 0];
        int[] clusters = [1, 2, 3, 4, 1, 1, 2, 3, 4, 3, 4, -1];

        var effect = MatchedEffects.Estimate(EffectMethod.RegressionAdjusted, y, treated, w, clusters, ["x"], [x], 0.9);

        var (beta, se) = NaiveCr1(y, treated, x, w, clusters);
        Assert.Equal(beta, effect.Estimate, 10);
        Assert.Equal(se, effect.StandardError, 10);
        Assert.Equal(11, effect.Observations);
        Assert.Equal(4, effect.Clusters);
        Assert.Empty(effect.DroppedCovariates);
    }

    [Fact]
    public void A_covariate_constant_in_the_matched_sample_is_dropped_from_the_adjustment()
    {
        double[] y = [5, 7, 4, 3, 6, 1];
        bool[] treated = [true, true, true, false, false, false];
        double[] dummy = [1, 1, 1, 1, 1, 1];

        var effect = MatchedEffects.Estimate(EffectMethod.RegressionAdjusted, y, treated, [1, 1, 1, 1, 1, 1], [1, 2, 3, 1, 2, 3], ["d"], [dummy], 0.95);

        Assert.Equal(["d"], effect.DroppedCovariates);
        Assert.Equal(2.0, effect.Estimate, 12);
    }

    [Fact]
    public void One_matched_set_is_too_few_for_a_clustered_standard_error()
    {
        var e = Assert.Throws<EstimationException>(() =>
            MatchedEffects.Estimate(EffectMethod.DifferenceInMeans, [1, 2, 0], [true, false, false], [1, 1, 1], [1, 1, 1], [], [], 0.95));

        Assert.Contains("1 matched set", e.Message, StringComparison.Ordinal);
    }

    // Independent textbook sandwich: X = [1, D, x] over rows with w > 0, full K×K meat, explicit 3×3 inverse.
    private static (double Beta, double Se) NaiveCr1(double[] y, bool[] d, double[] x, double[] w, int[] cluster)
    {
        var rows = Enumerable.Range(0, y.Length).Where(i => w[i] > 0).ToArray();
        double[] Row(int i) => [1.0, d[i] ? 1.0 : 0.0, x[i]];
        var xtwx = new double[3, 3];
        var xtwy = new double[3];
        foreach (var i in rows)
        {
            var r = Row(i);
            for (var a = 0; a < 3; a++)
            {
                xtwy[a] += w[i] * r[a] * y[i];
                for (var b = 0; b < 3; b++)
                {
                    xtwx[a, b] += w[i] * r[a] * r[b];
                }
            }
        }

        var inv = Inverse3(xtwx);
        var beta = new double[3];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                beta[a] += inv[a, b] * xtwy[b];
            }
        }

        var meat = new double[3, 3];
        foreach (var g in rows.Select(i => cluster[i]).Distinct())
        {
            var u = new double[3];
            foreach (var i in rows.Where(i => cluster[i] == g))
            {
                var r = Row(i);
                var e = y[i] - ((beta[0] * r[0]) + (beta[1] * r[1]) + (beta[2] * r[2]));
                for (var a = 0; a < 3; a++)
                {
                    u[a] += w[i] * e * r[a];
                }
            }

            for (var a = 0; a < 3; a++)
            {
                for (var b = 0; b < 3; b++)
                {
                    meat[a, b] += u[a] * u[b];
                }
            }
        }

        double v = 0;
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                v += inv[1, a] * meat[a, b] * inv[b, 1];
            }
        }

        double groups = rows.Select(i => cluster[i]).Distinct().Count(), n = rows.Length;
        return (beta[1], Math.Sqrt(v * groups / (groups - 1) * (n - 1) / (n - 3)));
    }

    private static double[,] Inverse3(double[,] m)
    {
        var det = (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
            - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
            + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
        var inv = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                // Cofactor of (j, i), i.e. the adjugate.
                int r0 = (j + 1) % 3, r1 = (j + 2) % 3, c0 = (i + 1) % 3, c1 = (i + 2) % 3;
                inv[i, j] = ((m[r0, c0] * m[r1, c1]) - (m[r0, c1] * m[r1, c0])) / det;
            }
        }

        return inv;
    }
}
