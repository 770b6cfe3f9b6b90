using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The pre-test of Callaway &amp; Sant'Anna (2021, §4): H₀ all pre-treatment ATT(g,t) = 0, with the joint covariance
/// V = ΨᵀΨ/n of their influence functions; W = n θᵀV⁻¹θ ~ χ²(q).
/// </summary>
internal static class ParallelTrendsWaldTest
{
    public static ParallelTrendsPretest? Run(List<GroupTimeCell> cells, int n)
    {
        var pre = cells.Where(c => c.Time < c.Group).ToArray();
        var q = pre.Length;
        if (q == 0)
        {
            return null;
        }

        var v = new Matrix(q, q);
        for (var a = 0; a < q; a++)
        {
            for (var b = a; b < q; b++)
            {
                var s = Matrix.Dot(pre[a].Psi, pre[b].Psi) / n;
                v[a, b] = s;
                v[b, a] = s;
            }
        }

        if (!Cholesky.TryDecompose(v, out var cholesky, out _))
        {
            return null;
        }

        var theta = pre.Select(c => c.Att).ToArray();
        var w = n * Matrix.Dot(theta, cholesky.Solve(theta));
        return new ParallelTrendsPretest(w, q, Distributions.ChiSquaredSurvival(w, q));
    }
}
