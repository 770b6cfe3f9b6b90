using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    private const int Block = 8;
    private const int Chunk = 512;

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

        var products = Products(psi, n);
        var v = new Matrix(q, q);
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

    // V above the diagonal, products[a · q + b] = ψₐ·ψ_b / n for b ≥ a, each sum accumulated on its own in unit order
    // (as Matrix.Dot would). Units are taken in chunks; a chunk's ψ are copied unit-major in blocks of eight columns,
    // so lane j of a vector pair adds ψₐᵢ · ψ_(8B + j)ᵢ for eight columns at once, two rows a per pass (four
    // independent vector sums); threads split the row pairs of a chunk, chunks follow one another in unit order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Products(double[][] psi, int n)
    {
        var q = psi.Length;
        var length = psi[0].Length;
        if (psi.Any(y => y.Length != length))
        {
            throw new ArgumentException("Influence functions of unequal length.", nameof(psi));
        }

        var blocks = (q + Block - 1) / Block;
        var sums = new double[q * blocks * Block];
        var chunk = new double[blocks * Chunk * Block];
        for (var start = 0; start < length; start += Chunk)
        {
            var m = Math.Min(Chunk, length - start);
            for (var column = 0; column < blocks * Block; column++)
            {
                var (block, lane) = (column / Block, column % Block);
                var to = chunk.AsSpan(block * Chunk * Block);
                for (var i = 0; i < m; i++)
                {
                    to[(i * Block) + lane] = column < q ? psi[column][start + i] : 0.0;
                }
            }

            Parallel.For(0, (q + 1) / 2, pair =>
            {
                var a = 2 * pair;
                var partner = a + 1 < q;
                for (var block = a / Block; block < blocks; block++)
                {
                    Pair(
                        psi[a].AsSpan(start, m),
                        psi[partner ? a + 1 : a].AsSpan(start, m),
                        chunk.AsSpan(block * Chunk * Block, m * Block),
                        sums.AsSpan(((a * blocks) + block) * Block, Block),
                        partner ? sums.AsSpan((((a + 1) * blocks) + block) * Block, Block) : new double[Block]);
                }
            });
        }

        var products = new double[q * q];
        for (var a = 0; a < q; a++)
        {
            for (var b = a; b < q; b++)
            {
                products[(a * q) + b] = sums[(((a * blocks) + (b / Block)) * Block) + (b % Block)] / n;
            }
        }

        return products;
    }

    // Adds xᵢ · columnsᵢ and zᵢ · columnsᵢ (eight columns per unit, unit-major) over a chunk's units, in unit order,
    // to the running sums of rows x and z.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Pair(ReadOnlySpan<double> x, ReadOnlySpan<double> z, ReadOnlySpan<double> columns, Span<double> sumX, Span<double> sumZ)
    {
        var x0 = Vector256.Create((ReadOnlySpan<double>)sumX);
        var x1 = Vector256.Create((ReadOnlySpan<double>)sumX[4..]);
        var z0 = Vector256.Create((ReadOnlySpan<double>)sumZ);
        var z1 = Vector256.Create((ReadOnlySpan<double>)sumZ[4..]);
        ref var c = ref MemoryMarshal.GetReference(columns);
        for (var i = 0; i < x.Length && i < z.Length; i++)
        {
            var lo = Vector256.LoadUnsafe(ref c, (nuint)(i * Block));
            var hi = Vector256.LoadUnsafe(ref c, (nuint)((i * Block) + 4));
            var xi = Vector256.Create(x[i]);
            var zi = Vector256.Create(z[i]);
            x0 += xi * lo;
            x1 += xi * hi;
            z0 += zi * lo;
            z1 += zi * hi;
        }

        x0.CopyTo(sumX);
        x1.CopyTo(sumX[4..]);
        z0.CopyTo(sumZ);
        z1.CopyTo(sumZ[4..]);
    }
}
