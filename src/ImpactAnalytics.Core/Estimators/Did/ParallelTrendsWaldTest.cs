using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Wald tests that a set of pre-treatment estimates is jointly zero, W = n θᵀV⁻¹θ with V = ΨᵀΨ/n the covariance of
/// their influence functions, referred to χ²(q).
/// </summary>
/// <remarks>
/// <see cref="Run"/> is the pre-test of Callaway &amp; Sant'Anna (2021, §4) over every pre-treatment ATT(g,t), as
/// R <c>did</c> reports it. Its χ² reference is asymptotic in the size of every cohort: the covariance of a cohort's
/// q_g pre-period cells is estimated from its n_g treated units, so W behaves like a sum of Hotelling T² statistics,
/// whose mean is about Σ q_g (n_g − 1)/(n_g − q_g − 2) rather than Σ q_g. With many pre-periods and small cohorts it
/// over-rejects badly: with cohorts of 198, 71, 44, 33, 55, 25 and 17 units over ten periods (35 cells) and
/// parallel trends true by construction, it rejects at the 5 % level in about 45 % of samples (mean W ≈ 51). This is
/// a property of the test, shared with R <c>did</c>, not an error in V. <see cref="EventStudy"/> tests the coarser
/// set of event-study estimates just before treatment, which pool the cohorts and so keep close to the nominal size.
/// </remarks>
internal static class ParallelTrendsWaldTest
{
    /// <summary>All pre-treatment ATT(g,t) (t &lt; g) jointly zero; null without such a cell or when V is singular.</summary>
    public static ParallelTrendsPretest? Run(List<GroupTimeCell> cells, int n)
    {
        var pre = cells.Where(c => c.Time < c.Group).ToArray();
        return Joint([.. pre.Select(c => c.Att)], [.. pre.Select(c => c.Psi)], n);
    }

    /// <summary>
    /// The event-study estimates at event times −<paramref name="leads"/> … −1 (those that exist) jointly zero, with
    /// the influence functions of the dynamic aggregation (estimated cohort weights included); null without such an
    /// element or when V is singular.
    /// </summary>
    public static ParallelTrendsPretest? EventStudy(AggregateParts dynamic, int n, int leads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leads);
        var keep = Enumerable.Range(0, dynamic.Elements.Length)
            .Where(e => dynamic.Elements[e] < 0 && dynamic.Elements[e] >= -leads)
            .ToArray();
        return Joint([.. keep.Select(e => dynamic.Atts[e])], [.. keep.Select(e => dynamic.Psis[e])], n);
    }

    private static ParallelTrendsPretest? Joint(double[] theta, double[][] psi, int n)
    {
        var q = theta.Length;
        if (q == 0)
        {
            return null;
        }

        // The q(q + 1)/2 products are independent sums over all units: threads split the rows of V.
        var v = new Matrix(q, q);
        var products = new double[q * q];
        Parallel.For(0, q, a => Products(psi, a, q, n, products));
        for (var a = 0; a < q; a++)
        {
            for (var b = a; b < q; b++)
            {
                v[a, b] = products[(a * q) + b];
                v[b, a] = products[(a * q) + b];
            }
        }

        if (!Cholesky.TryDecompose(v, out var cholesky, out _))
        {
            return null;
        }

        var w = n * Matrix.Dot(theta, cholesky.Solve(theta));
        return new ParallelTrendsPretest(w, q, Distributions.ChiSquaredSurvival(w, q));
    }

    // Row a of V above the diagonal, products[a · q + b] = ψₐ·ψ_b / n for b ≥ a: eight (then four) columns per pass
    // over the units, each sum accumulated on its own in unit order (as Matrix.Dot would), so ψₐ is read once per
    // eight columns and the eight additions do not wait on one another.
    private static void Products(double[][] psi, int a, int q, int n, double[] products)
    {
        var x = psi[a];
        var b = a;
        for (; b + 8 <= q; b += 8)
        {
            Eight(x, psi, b, products.AsSpan((a * q) + b, 8), n);
        }

        for (; b + 4 <= q; b += 4)
        {
            var (y0, y1, y2, y3) = (psi[b], psi[b + 1], psi[b + 2], psi[b + 3]);
            if (y0.Length != x.Length || y1.Length != x.Length || y2.Length != x.Length || y3.Length != x.Length)
            {
                throw new ArgumentException("Influence functions of unequal length.", nameof(psi));
            }

            ref var r0 = ref MemoryMarshal.GetArrayDataReference(y0);
            ref var r1 = ref MemoryMarshal.GetArrayDataReference(y1);
            ref var r2 = ref MemoryMarshal.GetArrayDataReference(y2);
            ref var r3 = ref MemoryMarshal.GetArrayDataReference(y3);
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var xi = x[i];
                s0 += xi * Unsafe.Add(ref r0, i);
                s1 += xi * Unsafe.Add(ref r1, i);
                s2 += xi * Unsafe.Add(ref r2, i);
                s3 += xi * Unsafe.Add(ref r3, i);
            }

            products[(a * q) + b] = s0 / n;
            products[(a * q) + b + 1] = s1 / n;
            products[(a * q) + b + 2] = s2 / n;
            products[(a * q) + b + 3] = s3 / n;
        }

        for (; b < q; b++)
        {
            products[(a * q) + b] = Matrix.Dot(x, psi[b]) / n;
        }
    }

    // Eight columns b … b + 7 of one row of V in one pass over the units.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Eight(double[] x, double[][] psi, int b, Span<double> target, int n)
    {
        var columns = psi.AsSpan(b, 8);
        foreach (var y in columns)
        {
            if (y.Length != x.Length)
            {
                throw new ArgumentException("Influence functions of unequal length.", nameof(psi));
            }
        }

        ref var r0 = ref MemoryMarshal.GetArrayDataReference(columns[0]);
        ref var r1 = ref MemoryMarshal.GetArrayDataReference(columns[1]);
        ref var r2 = ref MemoryMarshal.GetArrayDataReference(columns[2]);
        ref var r3 = ref MemoryMarshal.GetArrayDataReference(columns[3]);
        ref var r4 = ref MemoryMarshal.GetArrayDataReference(columns[4]);
        ref var r5 = ref MemoryMarshal.GetArrayDataReference(columns[5]);
        ref var r6 = ref MemoryMarshal.GetArrayDataReference(columns[6]);
        ref var r7 = ref MemoryMarshal.GetArrayDataReference(columns[7]);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            s0 += xi * Unsafe.Add(ref r0, i);
            s1 += xi * Unsafe.Add(ref r1, i);
            s2 += xi * Unsafe.Add(ref r2, i);
            s3 += xi * Unsafe.Add(ref r3, i);
            s4 += xi * Unsafe.Add(ref r4, i);
            s5 += xi * Unsafe.Add(ref r5, i);
            s6 += xi * Unsafe.Add(ref r6, i);
            s7 += xi * Unsafe.Add(ref r7, i);
        }

        (target[0], target[1], target[2], target[3]) = (s0 / n, s1 / n, s2 / n, s3 / n);
        (target[4], target[5], target[6], target[7]) = (s4 / n, s5 / n, s6 / n, s7 / n);
    }
}
