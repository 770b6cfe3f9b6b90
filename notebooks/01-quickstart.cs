#!/usr/bin/env dotnet
// 01-quickstart — load the sample study, run the descriptive evaluation, print the key tables, save one chart.
//
// Run from anywhere inside the repository:   dotnet run notebooks/01-quickstart.cs
// The first run builds the engine projects (a minute or two); later runs take seconds.
//
// Every step below is one front door of the engine (docs: /work/shared/design/ARCHITECTURE.md):
//   StudyFile.Load  → Study (what to read, which years, every setting with its effective value)
//   Ingest.Run      → IngestionResult (the validated firm panel, data issues, row accounting)
//   Evaluation.Run  → EvaluationResult (benchmarks, member comparison, cluster key figures, flows, index series)
// Lines starting with "check:" are compared by .ci/run with notebooks/expected/01-quickstart.txt.
#:project ImpactAnalytics.Notebooks/ImpactAnalytics.Notebooks.csproj

using System.Globalization;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Studies;
using ImpactAnalytics.Notebooks;
using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;

var inv = CultureInfo.InvariantCulture;

// 1. The study file. data/sample/study.yaml describes a synthetic population of 3,000 firms (no real firm is in it),
//    generated with a known, planted membership effect (data/sample/truth.json).
var root = Repository.Root();
var loaded = StudyFile.Load(Repository.SampleStudy(root));
var study = loaded.Study ?? throw new InvalidOperationException(string.Join("; ", loaded.Problems));
Console.WriteLine(string.Create(inv, $"Study '{study.Name}', years {study.Years}"));
Console.WriteLine(string.Create(inv,
    $"Benchmark: NACE {study.Benchmark.Level}, statistic {study.Benchmark.Statistic}, outliers {study.Benchmark.Outliers.Method} " +
    $"{study.Benchmark.Outliers.Low}/{study.Benchmark.Outliers.High}, members excluded: {study.Benchmark.ExcludeMembers}, min cell {study.Benchmark.MinCell}"));

// 2. Ingestion: register, memberships and accounts, validated row by row. Problems are data (issues), not exceptions.
var nace = NaceClassifications.Load(study.Inputs.NaceFolder);
var ingestion = Ingest.Run(study.Inputs, IngestionOptions.For(study, nace));
var panel = ingestion.Panel;
Console.WriteLine(string.Create(inv,
    $"Panel: {panel.FirmCount} firms, {panel.RowCount} firm-years, {panel.Memberships.Length} membership spells, {ingestion.Issues.Count} data issues"));
Check.Print("panel.firms", panel.FirmCount);
Check.Print("panel.firm_years", panel.RowCount);

// 3. The descriptive evaluation with the study's settings (the same mapping `impact run` uses).
var result = Evaluation.Run(panel, EvaluationMapping.Settings(study));

// 4. All clusters together ("ALL") by year. The composition-adjusted premium compares the members' ΣVA/ΣFTE with
//    what they would produce at their own sectors' benchmark productivity (METHODS §5); the mean log ratio is the
//    average firm's ln(LP / B), with a seeded bootstrap 95 % interval.
Console.WriteLine();
Console.WriteLine("All clusters, by year (LP in euros per FTE; premium and log ratio as fractions)");
Console.WriteLine("year  members  with_lp    cluster_lp   expected_lp  premium_adj  mean_log_ratio  [95% interval]");
foreach (var row in result.ClusterYears.Where(r => r.Cluster == ClusterKeys.All))
{
    Console.WriteLine(string.Create(inv,
        $"{row.Year}  {row.NMembers,7}  {row.NWithLp,7}  {row.ClusterLp,12:F0}  {row.ExpectedLp,12:F0}  {row.PremiumAdjusted,11:F4}  {row.MeanLogRatio,14:F4}  [{row.CiLow:F4}, {row.CiHigh:F4}]"));
}

var last = result.ClusterYears.Single(r => r.Cluster == ClusterKeys.All && r.Year == study.Years.Last);
Check.Print("members.ALL." + Year(study.Years.Last), last.NMembers);
Check.Print("premium_adjusted.ALL." + Year(study.Years.Last), last.PremiumAdjusted);
Check.Print("mean_log_ratio.ALL." + Year(study.Years.Last), last.MeanLogRatio);

// 5. Each cluster in the last year. A suppressed cell (too few firms, or two firms dominate) prints its reason and
//    no figures: the member count is always published, the rest is not.
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Clusters in {study.Years.Last}"));
Console.WriteLine("cluster          members  va_share  premium_adj  mean_log_ratio  share_above_median  suppressed");
var lastYear = result.ClusterYears.Where(r => r.Year == study.Years.Last).ToArray();
foreach (var row in lastYear)
{
    Console.WriteLine(string.Create(inv,
        $"{row.Cluster,-15}  {row.NMembers,7}  {row.VaShare,8:F4}  {row.PremiumAdjusted,11:F4}  {row.MeanLogRatio,14:F4}  {row.ShareAboveMedian,18:F4}  {row.SuppressionReason ?? "-"}"));
}

Console.WriteLine(string.Create(inv,
    $"{result.Benchmarks.Length} benchmark cells, {result.MemberDeltas.Length} member firm-years compared, {result.Suppressions.Length} suppressed cells"));
Check.Print("benchmark_cells", result.Benchmarks.Length);

// 6. One chart: the premium per cluster in the last year (geometric-mean premium exp(mean log ratio) − 1, with its
//    bootstrap interval), drawn by the report's own chart painter and written as PNG and SVG to out/notebooks/.
var points = lastYear
    .Where(r => r is { MeanLogRatio: not null, CiLow: not null, CiHigh: not null })
    .Select(r => new PremiumPoint(r.Cluster, Math.Exp(r.MeanLogRatio!.Value) - 1, Math.Exp(r.CiLow!.Value) - 1, Math.Exp(r.CiHigh!.Value) - 1, r.NWithLp))
    .ToArray();
var chart = new PremiumChart
{
    Title = string.Create(inv, $"Productivity premium of members over their sector, {study.Years.Last}"),
    Unit = "% above the sector median (labour productivity)",
    FirmCount = last.NWithLp,
    Source = "Synthetic sample (data/sample); ImpactAnalytics notebook 01",
    FileName = "premium_" + Year(study.Years.Last),
    Points = points,
};
var (png, _) = ChartFileWriter.WriteFiles(chart, ReportCulture.EnglishBritain, Repository.OutputFolder(root, "01-quickstart"), ChartSize.Standard);
Console.WriteLine("Chart written: " + Path.GetRelativePath(root, png));

static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
