namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Student's t distribution for intervals and p-values: the CDF through the regularised incomplete beta function
/// (continued fraction, modified Lentz), the quantile by bisection on the CDF. Accurate to about 1e-12.
/// </summary>
internal static class StudentT
{
    /// <summary>P(|T| ≥ |t|) for T ~ t(ν).</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        if (double.IsInfinity(t))
        {
            return 0.0;
        }

        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        return RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x);
    }

    /// <summary>P(T ≤ t) for T ~ t(ν).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var tail = TwoSidedPValue(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The p-quantile, p in (0, 1).</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, 1.0);
        double lo = -1.0, hi = 1.0;
        while (Cdf(lo, degreesOfFreedom) > p)
        {
            lo *= 2;
        }

        while (Cdf(hi, degreesOfFreedom) < p)
        {
            hi *= 2;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-14 * Math.Max(1.0, Math.Abs(hi)); i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, degreesOfFreedom) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    internal static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0.0;
        }

        if (x >= 1)
        {
            return 1.0;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        // The continued fraction converges fast for x < (a + 1)/(a + b + 2); use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) otherwise.
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(a, b, x) / a
            : 1.0 - (Math.Exp(logFront) * ContinuedFraction(b, a, 1 - x) / b);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double c = 1.0, d = 1.0 - ((a + b) * x / (a + 1));
        d = 1.0 / (Math.Abs(d) < tiny ? tiny : d);
        var h = d;
        for (var m = 1; m <= 500; m++)
        {
            for (var step = 0; step < 2; step++)
            {
                var coefficient = step == 0
                    ? m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)))
                    : -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
                d = 1.0 + (coefficient * d);
                d = 1.0 / (Math.Abs(d) < tiny ? tiny : d);
                c = 1.0 + (coefficient / c);
                c = Math.Abs(c) < tiny ? tiny : c;
                h *= d * c;
                if (step == 1 && Math.Abs((d * c) - 1.0) < 1e-15)
                {
                    return h;
                }
            }
        }

        return h;
    }

    // Lanczos approximation (g = 7, nine coefficients), relative error below 1e-15 for positive arguments.
    private static double LogGamma(double z)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (z < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * z))) - LogGamma(1 - z);
        }

        z -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++)
        {
            sum += g[i] / (z + i);
        }

        var t = z + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
