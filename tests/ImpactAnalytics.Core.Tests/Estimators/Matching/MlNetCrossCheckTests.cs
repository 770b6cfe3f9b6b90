using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;
using Xunit.Abstractions;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// Our propensity model (<see cref="PropensityModel"/>, double-precision IRLS) against an independent fit of the same
/// unpenalised logistic model by ML.NET's L-BFGS (<see cref="MlNetLogistic"/>).
/// </summary>
/// <remarks>
/// Tolerances. ML.NET holds features, weights and predictions in float32 (relative rounding 2⁻²⁴ ≈ 6e-8) and its
/// L-BFGS stops on a relative change of the loss, which float32 resolves only so far; where the likelihood is flat
/// in some direction (on the sample, ln VA, ln FTE and LP = VA / FTE are nearly collinear) the optimiser stops
/// short. Measured: max |Δp| 1.8e-7 and relative coefficient differences ≤ 2e-7 on the planted simulation; 8.6e-5
/// and ≤ 1.7e-4 on the sample's PSM table (1.2e-5 when ML.NET is given standardised covariates, so most of it is
/// conditioning, not representation). The bounds, max |Δp| ≤ 1e-3 and |Δβ| ≤ 1 % of max(|β|, its standard error),
/// leave more than ten times that room and still lie well below what matching can see: the caliper is 0.2 score
/// SDs (≈ 0.02 on the sample) and a wrong model (a dropped or mis-scaled covariate, another reference level) moves
/// scores by 1e-2 or more. Which of the two fits is the maximum is checked too: ML.NET's coefficients, evaluated in
/// double precision, never reach a higher log-likelihood than ours.
/// </remarks>
public sealed class MlNetCrossCheckTests(ITestOutputHelper output)
{
    private const double ScoreTolerance = 1e-3;
    private const double CoefficientTolerance = 1e-2;

    [Fact]
    public void On_a_planted_simulation_both_fits_recover_the_coefficients_and_agree_with_each_other()
    {
        // Logit = −6 + 0.8·z − 0.5·d + 0.4·ln_size with z ~ N(0, 1), d ~ Bernoulli(0.4), ln_size ~ N(12, 1.5):
        // covariates on a firm's scale, as the propensity model sees them; about 27 % treated.
        double[] beta = [-6.0, 0.8, -0.5, 0.4];
        const int n = 5000;
        var rng = new Random(20240501);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var z = new double[n];
        var d = new double[n];
        var size = new double[n];
        var treated = new bool[n];
        for (var i = 0; i < n; i++)
        {
            z[i] = Normal();
            d[i] = rng.NextDouble() < 0.4 ? 1 : 0;
            size[i] = 12 + (1.5 * Normal());
            var eta = beta[0] + (beta[1] * z[i]) + (beta[2] * d[i]) + (beta[3] * size[i]);
            treated[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta));
        }

        double[][] columns = [z, d, size];
        var ours = PropensityModel.Fit(["z", "d", "ln_size"], columns, treated);
        var (mlCoefficients, mlScores) = MlNetLogistic.Fit(columns, treated);

        for (var j = 0; j < beta.Length; j++)
        {
            var se = ours.Coefficients[j].StandardError;
            Assert.True(Math.Abs(ours.Coefficients[j].Estimate - beta[j]) < 4 * se, $"IRLS β{j} = {ours.Coefficients[j].Estimate} vs planted {beta[j]} (se {se})");
            Assert.True(Math.Abs(mlCoefficients[j] - beta[j]) < 4 * se, $"ML.NET β{j} = {mlCoefficients[j]} vs planted {beta[j]} (se {se})");
        }

        AssertAgree(ours, columns, treated, mlCoefficients, mlScores);
    }

    [Fact]
    public void On_the_sample_panel_the_psm_covariates_give_the_same_scores_in_both_fits()
    {
        // The embedded sample (data/sample/README.md) built in memory, and the matching table the impact run builds
        // from it (treated firms at g − 1 against never-member firm-years, the sample study's PSM settings).
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(3000, 2014, 2023, 20240501, Effect: 0.03));
        var measures = MeasureCalculator.Compute(population.Panel, new MeasureSettings());
        var settings = new ClusterImpactSettings { Psm = new ImpactPsmSettings { Caliper = 0.2 } };
        var assignment = TreatmentAssignment.Build(population.Panel, 2014, 2023);
        var (table, summary, _) = PsmTable.Build(population.Panel, measures, assignment, settings, 2023);
        var design = CovariateDesign.Build(table, summary.Covariates);
        var treated = table.Numeric(PsmTable.Treatment).Select(t => t == 1.0).ToArray();

        var ours = PropensityModel.Fit(design.ModelNames, design.ModelColumns, treated);
        var (mlCoefficients, mlScores) = MlNetLogistic.Fit(design.ModelColumns, treated);

        Assert.True(summary.Covariates.Count >= 4, $"covariates: {string.Join(", ", summary.Covariates)}");
        Assert.True(treated.Count(t => t) > 100, $"{treated.Count(t => t)} treated rows");
        AssertAgree(ours, design.ModelColumns, treated, mlCoefficients, mlScores);
    }

    // Σ [yᵢ ηᵢ − log(1 + e^ηᵢ)] of the coefficients on the double-precision covariates.
    private static double LogLikelihood(double[] coefficients, IReadOnlyList<double[]> columns, IReadOnlyList<bool> treated)
    {
        var sum = 0.0;
        for (var i = 0; i < treated.Count; i++)
        {
            var eta = coefficients[0];
            for (var j = 0; j < columns.Count; j++)
            {
                eta += coefficients[j + 1] * columns[j][i];
            }

            var softplus = eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));
            sum += (treated[i] ? eta : 0.0) - softplus;
        }

        return sum;
    }

    private void AssertAgree(
        PropensityModel ours, IReadOnlyList<double[]> columns, IReadOnlyList<bool> treated, double[] mlCoefficients, double[] mlScores)
    {
        Assert.Equal(ours.Coefficients.Count, mlCoefficients.Length);
        Assert.Equal(ours.Scores.Count, mlScores.Length);
        var maxScore = Enumerable.Range(0, mlScores.Length).Max(i => Math.Abs(ours.Scores[i] - mlScores[i]));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"n = {mlScores.Length}: max |Δp| = {maxScore:E2}"));
        for (var j = 0; j < mlCoefficients.Length; j++)
        {
            var c = ours.Coefficients[j];
            var scale = Math.Max(Math.Abs(c.Estimate), c.StandardError);
            var difference = Math.Abs(c.Estimate - mlCoefficients[j]);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Name}: IRLS {c.Estimate:R} (se {c.StandardError:G3}), ML.NET {mlCoefficients[j]:R}, |Δ| / scale = {difference / scale:E2}"));
            Assert.True(difference <= CoefficientTolerance * scale, $"{c.Name}: IRLS {c.Estimate}, ML.NET {mlCoefficients[j]}");
        }

        Assert.True(maxScore <= ScoreTolerance, $"max |Δp| = {maxScore}");
        var mlLogLikelihood = LogLikelihood(mlCoefficients, columns, treated);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"log-likelihood: IRLS {ours.LogLikelihood:R}, ML.NET {mlLogLikelihood:R}"));
        Assert.True(ours.LogLikelihood >= mlLogLikelihood - (1e-12 * Math.Abs(mlLogLikelihood)), $"IRLS {ours.LogLikelihood} below ML.NET {mlLogLikelihood}");
    }
}
