using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double DoublyRobust(ReadOnlySpan<double> dy, TwoByTwoSample sample, Span<double> phi, Span<double> residuals)
    {
        var n = dy.Length;
        var (d, x) = (sample.D, sample.Design);
        var (p, psBread) = sample.Propensity();
        var (olsBeta, olsBread) = sample.ControlCoefficients(dy);
        var w0 = sample.ControlWeights();
        double sw1 = 0, sw0 = 0, s1 = 0, s0 = 0;
        for (var i = 0; i < n; i++)
        {
            // The control regression's residual, then the sums it enters, in one pass.
            var ri = dy[i] - Matrix.Dot(x.Row(i), olsBeta);
            residuals[i] = ri;
            sw1 += d[i];
            sw0 += w0[i];
            s1 += d[i] * ri;
            s0 += w0[i] * ri;
        }

        ReadOnlySpan<double> r = residuals;

        var tau1 = s1 / sw1;
        var tau0 = s0 / sw0;
        var (m1, m2, m3) = DoublyRobustDerivatives(d, w0, r, tau0, x);
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

    /// <summary>
    /// The mean derivatives of the doubly robust influence function, m₁ = Σ D·X/n, m₂ = Σ w₀(r − τ₀)·X/n and
    /// m₃ = Σ w₀·X/n, each element summed in unit order. A unit whose factor (D, w₀(r − τ₀), w₀) is zero adds ±0, which
    /// leaves a sum that started at +0 unchanged, so it is skipped; up to four covariates are handled as one vector
    /// (the same multiplication and division per element as one at a time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double[] M1, double[] M2, double[] M3) DoublyRobustDerivatives(
        ReadOnlySpan<double> d, ReadOnlySpan<double> w0, ReadOnlySpan<double> r, double tau0, Matrix x)
    {
        var n = d.Length;
        var k = x.Columns;
        double[] m1 = new double[k], m2 = new double[k], m3 = new double[k];
        if (k > Vector256<double>.Count)
        {
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

            return (m1, m2, m3);
        }

        var size = Vector256.Create((double)n);
        Vector256<double> v1 = Vector256<double>.Zero, v2 = Vector256<double>.Zero, v3 = Vector256<double>.Zero;
        for (var i = 0; i < n; i++)
        {
            var di = d[i];
            var wi = w0[i];
            var ci = wi * (r[i] - tau0);
            if (di == 0.0 && wi == 0.0 && ci == 0.0)
            {
                continue;
            }

            var row = VectorRows.Padded(x.Row(i));
            if (di != 0.0)
            {
                v1 += Vector256.Create(di) * row / size;
            }

            if (ci != 0.0)
            {
                v2 += Vector256.Create(ci) * row / size;
            }

            if (wi != 0.0)
            {
                v3 += Vector256.Create(wi) * row / size;
            }
        }

        for (var j = 0; j < k; j++)
        {
            (m1[j], m2[j], m3[j]) = (v1.GetElement(j), v2.GetElement(j), v3.GetElement(j));
        }

        return (m1, m2, m3);
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
