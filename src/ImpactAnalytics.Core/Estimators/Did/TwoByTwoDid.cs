using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The panel-data 2×2 estimators of Sant'Anna &amp; Zhao (2020) on ΔY = Y_t − Y_base with treatment indicator D and
/// base-period covariates X (intercept first). Influence functions include the estimation effect of the outcome
/// regression β (OLS among controls) and the propensity-score γ (logit), each through its asymptotically linear
/// representation: β̂ − β ≈ n⁻¹ Σ (XᵀW₀X/n)⁻¹ (1−D)(ΔY − Xβ)X, γ̂ − γ ≈ n⁻¹ Σ (XᵀWₚX/n)⁻¹ (D − p)X.
/// </summary>
internal static class TwoByTwoDid
{
    /// <summary>Mean ΔY of the treated minus mean ΔY of the controls.</summary>
    public static TwoByTwo Unconditional(double[] dy, double[] d)
    {
        var n = dy.Length;
        double s1 = 0, s0 = 0, n1 = 0;
        for (var i = 0; i < n; i++)
        {
            s1 += d[i] * dy[i];
            s0 += (1 - d[i]) * dy[i];
            n1 += d[i];
        }

        var n0 = n - n1;
        var mu1 = s1 / n1;
        var mu0 = s0 / n0;
        var p1 = n1 / n;
        var p0 = n0 / n;
        var phi = new double[n];
        for (var i = 0; i < n; i++)
        {
            phi[i] = d[i] == 1.0 ? (dy[i] - mu1) / p1 : -(dy[i] - mu0) / p0;
        }

        return new TwoByTwo(mu1 - mu0, phi);
    }

    /// <summary>Doubly robust DiD (Sant'Anna &amp; Zhao 2020, eq. 3.1), its influence function per their Theorem 3.1.</summary>
    public static TwoByTwo DoublyRobust(double[] dy, TwoByTwoSample sample)
    {
        var phi = new double[dy.Length];
        var att = DoublyRobust(dy, sample, phi, new double[dy.Length]);
        return new TwoByTwo(att, phi);
    }

    /// <summary>
    /// <see cref="DoublyRobust(double[], TwoByTwoSample)"/> with the influence function written into
    /// <paramref name="phi"/> and the control regression's residuals into <paramref name="residuals"/> (both of the
    /// sample's size), so a caller estimating many cells can reuse its buffers; returns the ATT.
    /// </summary>
    public static double DoublyRobust(ReadOnlySpan<double> dy, TwoByTwoSample sample, Span<double> phi, Span<double> residuals)
    {
        var n = dy.Length;
        var (d, x) = (sample.D, sample.Design);
        var (p, psBread) = sample.Propensity();
        var olsBread = sample.ControlResiduals(dy, residuals);
        var w0 = sample.ControlWeights();
        ReadOnlySpan<double> r = residuals;
        double sw1 = 0, sw0 = 0, s1 = 0, s0 = 0;
        for (var i = 0; i < n; i++)
        {
            sw1 += d[i];
            sw0 += w0[i];
            s1 += d[i] * r[i];
            s0 += w0[i] * r[i];
        }

        var tau1 = s1 / sw1;
        var tau0 = s0 / sw0;
        var k = x.Columns;
        double[] m1 = new double[k], m2 = new double[k], m3 = new double[k];
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < k; j++)
            {
                m1[j] += d[i] * row[j] / n;
                m2[j] += w0[i] * (r[i] - tau0) * row[j] / n;
                m3[j] += w0[i] * row[j] / n;
            }
        }

        var a1 = Scaled(olsBread, m1, n);
        var a2 = Scaled(psBread, m2, n);
        var a3 = Scaled(olsBread, m3, n);
        var meanW1 = sw1 / n;
        var meanW0 = sw0 / n;
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            var olsRep = (1 - d[i]) * r[i];
            var treated = (d[i] * (r[i] - tau1)) - (olsRep * Matrix.Dot(row, a1));
            var control = (w0[i] * (r[i] - tau0)) + ((d[i] - p[i]) * Matrix.Dot(row, a2)) - (olsRep * Matrix.Dot(row, a3));
            phi[i] = (treated / meanW1) - (control / meanW0);
        }

        return tau1 - tau0;
    }

    /// <summary>IPW DiD with normalised weights (Abadie 2005, in the Hájek form of Sant'Anna &amp; Zhao 2020).</summary>
    public static TwoByTwo InverseProbabilityWeighting(double[] dy, TwoByTwoSample sample)
    {
        var n = dy.Length;
        var (d, x) = (sample.D, sample.Design);
        var (p, psBread) = sample.Propensity();
        var w0 = sample.ControlWeights();
        double sw1 = 0, sw0 = 0, s1 = 0, s0 = 0;
        for (var i = 0; i < n; i++)
        {
            sw1 += d[i];
            sw0 += w0[i];
            s1 += d[i] * dy[i];
            s0 += w0[i] * dy[i];
        }

        var tau1 = s1 / sw1;
        var tau0 = s0 / sw0;
        var k = x.Columns;
        var m2 = new double[k];
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < k; j++)
            {
                m2[j] += w0[i] * (dy[i] - tau0) * row[j] / n;
            }
        }

        var a2 = Scaled(psBread, m2, n);
        var phi = new double[n];
        for (var i = 0; i < n; i++)
        {
            var treated = d[i] * (dy[i] - tau1);
            var control = (w0[i] * (dy[i] - tau0)) + ((d[i] - p[i]) * Matrix.Dot(x.Row(i), a2));
            phi[i] = (treated / (sw1 / n)) - (control / (sw0 / n));
        }

        return new TwoByTwo(tau1 - tau0, phi);
    }

    /// <summary>Outcome-regression DiD (Heckman, Ichimura &amp; Todd 1997): treated ΔY minus their predicted ΔY.</summary>
    public static TwoByTwo OutcomeRegression(double[] dy, TwoByTwoSample sample)
    {
        var n = dy.Length;
        var (d, x) = (sample.D, sample.Design);
        var ols = sample.ControlRegression(dy);
        var m = ols.Fitted;
        double sw1 = 0, s1 = 0, s0 = 0;
        for (var i = 0; i < n; i++)
        {
            sw1 += d[i];
            s1 += d[i] * dy[i];
            s0 += d[i] * m[i];
        }

        var tau1 = s1 / sw1;
        var tau0 = s0 / sw1;
        var k = x.Columns;
        var m1 = new double[k];
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < k; j++)
            {
                m1[j] += d[i] * row[j] / n;
            }
        }

        var a1 = Scaled(ols.Bread, m1, n);
        var meanW1 = sw1 / n;
        var phi = new double[n];
        for (var i = 0; i < n; i++)
        {
            var treated = d[i] * (dy[i] - tau1);
            var control = (d[i] * (m[i] - tau0)) + ((1 - d[i]) * (dy[i] - m[i]) * Matrix.Dot(x.Row(i), a1));
            phi[i] = (treated - control) / meanW1;
        }

        return new TwoByTwo(tau1 - tau0, phi);
    }

    // n · (XᵀWX)⁻¹ · m: the bread of the linear representation applied to a mean derivative.
    private static double[] Scaled(Matrix inverse, double[] m, int n)
    {
        var a = inverse.Multiply(m);
        for (var j = 0; j < a.Length; j++)
        {
            a[j] *= n;
        }

        return a;
    }
}
