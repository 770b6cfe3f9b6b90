using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// Seeded simulated firms with selection on observables: treatment is more likely for high x1, for x2 = 1 and in
/// sector C20, and the same covariates raise the outcome, so the raw treated–control difference overstates the
/// planted effect.
/// </summary>
internal static class PsmData
{
    public static CovariateTable Simulate(int n, double effect, int seed)
    {
        var rng = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        string[] sectors = ["C10", "C20", "H49"];
        double[] sectorSelection = [0.0, 0.5, -0.5];
        double[] sectorOutcome = [0.0, 0.3, -0.4];
        var x1 = new double[n];
        var x2 = new double[n];
        var sector = new string[n];
        var treated = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x1[i] = Normal();
            x2[i] = rng.NextDouble() < 0.5 ? 1 : 0;
            var s = rng.Next(3);
            sector[i] = sectors[s];
            var logit = -2.0 + (1.0 * x1[i]) + (0.7 * x2[i]) + sectorSelection[s];
            treated[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            y[i] = 1.0 + (1.5 * x1[i]) + (0.8 * x2[i]) + sectorOutcome[s] + (effect * treated[i]) + Normal();
        }

        return CovariateTable.Empty
            .AddNumeric("treated", treated)
            .AddNumeric("x1", x1)
            .AddNumeric("x2", x2)
            .AddCategorical("sector", sector)
            .AddNumeric("y", y);
    }

    public static CovariateTable Small(double[] treated, double[] x, double[] y) =>
        CovariateTable.Empty.AddNumeric("treated", treated).AddNumeric("x", x).AddNumeric("y", y);
}
