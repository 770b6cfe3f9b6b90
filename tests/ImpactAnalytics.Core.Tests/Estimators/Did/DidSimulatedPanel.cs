using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// A seeded panel with a planted constant effect and selection on a covariate x that also drives the outcome trend:
/// Y = αᵢ + δₜ + γ·x·(t − 2000) + τ·1{treated, t ≥ g} + ε. Units with larger x are more often treated (logit), so
/// the unconditional DiD is biased while regression, IPW and DR adjustment on x are not.
/// </summary>
internal static class DidSimulatedPanel
{
    public const double PlantedEffect = 0.25;
    public const double TrendPerUnitOfX = 0.1;

    public static DidPanelData Generate(int units, int seed)
    {
        var random = new Random(seed);
        int[] periods = [2001, 2002, 2003, 2004, 2005, 2006];
        var rows = units * periods.Length;
        var ids = new long[rows];
        var time = new int[rows];
        var first = new int[rows];
        var y = new double[rows];
        var x = new Matrix(rows, 1);
        for (var u = 0; u < units; u++)
        {
            var xi = Normal(random);
            var treated = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-(-0.5 + (0.8 * xi))));
            var g = !treated ? 0 : random.NextDouble() < 0.5 ? 2003 : 2005;
            var alpha = Normal(random);
            for (var p = 0; p < periods.Length; p++)
            {
                var r = (u * periods.Length) + p;
                var t = periods[p];
                ids[r] = 1000 + u;
                time[r] = t;
                first[r] = g;
                x[r, 0] = xi;
                var effect = g != 0 && t >= g ? PlantedEffect : 0.0;
                y[r] = alpha + (0.05 * (t - 2000)) + (TrendPerUnitOfX * xi * (t - 2000)) + effect + (0.3 * Normal(random));
            }
        }

        return new DidPanelData(ids, time, first, y, x, ["x"]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
