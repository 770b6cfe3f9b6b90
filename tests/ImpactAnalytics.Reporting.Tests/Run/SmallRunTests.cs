using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Counterfactual;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Output;
using ImpactAnalytics.Reporting.Tables;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Reporting.Tests.Run;

/// <summary>
/// A small population (600 firms, 2016–2021, seed 7) for the golden files and the causal chapter.
/// </summary>
/// <remarks>
/// Golden files: <c>Golden/cluster_summary.csv</c> and <c>Golden/membership_flows.csv</c> hold the rounded CSV output
/// of this population. When a deliberate change alters them, regenerate and review:
/// <code>IMPACT_UPDATE_GOLDEN=1 dotnet test tests/ImpactAnalytics.Reporting.Tests --filter "FullyQualifiedName~Golden"</code>
/// then <c>git diff tests/ImpactAnalytics.Reporting.Tests/Golden</c>, and commit the new files with the change that
/// explains them. Without the variable the test compares and never writes.
/// </remarks>
public sealed class SmallRunTests
{
    private static readonly EvaluationSettings Settings = new() { Bootstrap = new BootstrapSettings { Replicates = 100 } };

    private static readonly Lazy<(SimulatedPopulation Population, EvaluationResult Result)> _small = new(() =>
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(600, 2016, 2021, 7));
        return (population, Evaluation.Run(population.Panel, Settings));
    });

    [Theory]
    [InlineData("cluster_summary.csv")]
    [InlineData("membership_flows.csv")]
    public void Golden_csv_output_of_a_small_population_is_unchanged(string file)
    {
        var result = _small.Value.Result;
        var table = file == "cluster_summary.csv" ? DataTables.ClusterSummary(result.ClusterYears) : DataTables.Flows(result.Flows);

        var actual = CsvTableWriter.ToText(table);

        if (Environment.GetEnvironmentVariable("IMPACT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenFolder(), file), actual, new System.Text.UTF8Encoding(false));
        }
        else
        {
            var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", file));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Causal_chapter_and_tables_are_written_when_estimates_are_given()
    {
        var (population, result) = _small.Value;
        var settings = new ClusterImpactSettings { Bootstrap = new BootstrapSettings { Replicates = 0 } };
        var impact = ClusterImpact.Run(population.Panel, result.Measures, settings);
        var section = new CounterfactualSection(impact, DescriptivePremium.Compute(population.Panel, result, settings));

        using var run = new WrittenRun(population, Settings, result, ReportLanguage.Dutch, section);

        Assert.Contains("tables/impact_did.csv", run.Files.Files);
        Assert.Contains("tables/impact_psm.csv", run.Files.Files);
        Assert.Contains("tables/balance.csv", run.Files.Files);
        Assert.Equal(impact.Did.Length + 1, File.ReadAllLines(run.PathOf("tables/impact_did.csv")).Length);
        Assert.StartsWith("outcome,estimand,group,time,event_time,estimate", File.ReadAllText(run.PathOf("tables/impact_did.csv")), StringComparison.Ordinal);
        Assert.Contains("Geschat effect van het lidmaatschap", run.PdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("niet berekend", run.PdfText, StringComparison.Ordinal);
        if (impact.Simple(ImpactOutcome.LnLabourProductivity) is { } did)
        {
            var effect = DemoPdf.Normalise(ReportCulture.DutchBelgium.SignedPercent(Math.Exp(did.Estimate) - 1.0));
            Assert.Contains("op de productiviteit is " + effect, run.PdfText, StringComparison.Ordinal);
            Assert.Contains("charts/impact_event_study.svg", run.Files.Files);
        }
    }

    private static string SourceGoldenFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(source))!, "Golden");
}
