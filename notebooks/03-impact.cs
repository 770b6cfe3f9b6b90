#!/usr/bin/env dotnet
// 03-impact — does membership CAUSE higher productivity? The staggered DiD event study and the propensity-score
// matching balance on the sample, set against the effect the generator planted (data/sample/truth.json).
//
// Run from anywhere inside the repository:   dotnet run notebooks/03-impact.cs
//
// The descriptive premium (notebooks 01 and 02) compares members with their sector, selection included: members are
// bigger and persistently more productive before they join. ClusterImpact.Run (METHODS §7) estimates the effect of
// joining instead: cohort g = first membership year; comparison pool = never-members in the members' NACE divisions;
// DiD (Callaway & Sant'Anna, doubly robust) on ln outcomes net of the pool's division-year mean; PSM on g − 1
// covariates with the outcome's change from g − 1 to g + 1. Estimates are log points: 0.0296 = ln 1.03 ≈ +3 %.
// Lines starting with "check:" are compared by .ci/run with notebooks/expected/03-impact.txt.
#:project ImpactAnalytics.Notebooks/ImpactAnalytics.Notebooks.csproj

using System.Globalization;
using System.Text.Json.Nodes;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Notebooks;
using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;

var inv = CultureInfo.InvariantCulture;
var sample = SampleStudy.Load();
var study = sample.Study;
var output = Repository.OutputFolder(sample.Root, "03-impact");

// 1. The truth the generator planted: value added × 1.03 from the joining year on, so ln VA and ln LP shift by
//    ln 1.03 and FTE does not move.
var truth = JsonNode.Parse(File.ReadAllText(Repository.SampleTruth(sample.Root)))!;
var planted = truth["planted_effect"]!["log"]!.GetValue<double>();
Console.WriteLine(string.Create(inv, $"Planted effect: {planted:F4} log points on ln VA and ln LP, 0 on ln FTE"));

// 2. The study's counterfactual settings (the sample's study.yaml: DiD never-treated, doubly robust, three outcomes;
//    PSM 1:1 without replacement, caliper 0.2 SD, exact on NACE division and cohort) and its seeded bootstrap.
var settings = EvaluationMapping.ImpactSettings(study);

// The measures come from the descriptive evaluation, which also gives the descriptive premium to compare with.
var evaluation = Evaluation.Run(sample.Panel, EvaluationMapping.Settings(study));
var impact = ClusterImpact.Run(sample.Panel, evaluation.Measures, settings);

var counts = impact.Counts;
Console.WriteLine(string.Create(inv,
    $"Treated firms: {counts.Treated} (already members in {study.Years.First}: {counts.AlreadyMembers}); comparison pool: {counts.ComparisonPool} never-members in {counts.Divisions} divisions"));
Console.WriteLine("Cohorts: " + string.Join(", ", impact.Cohorts.Select(c => string.Create(inv, $"{c.Year}: {c.Firms}"))));
Check.Print("impact.treated", counts.Treated);
Check.Print("impact.comparison_pool", counts.ComparisonPool);

// 3. The event study of ln LP: the average effect e years after joining. Pre-joining points (e < 0) are placebos and
//    should straddle 0; post-joining points should straddle the planted effect. Bands are simultaneous 95 % bands.
const string lnLp = "ln_lp";
var sampleLp = impact.DidSamples.Single(s => s.Outcome == lnLp);
Console.WriteLine();
Console.WriteLine(string.Create(inv,
    $"Event study, ln LP: {sampleLp.TreatedFirms} treated and {sampleLp.ComparisonFirms} comparison firms in the balanced panel ({sampleLp.TreatedDropped} and {sampleLp.ComparisonDropped} dropped)"));
Console.WriteLine("   e   estimate   [95% band]            covers");
var eventStudy = impact.Did
    .Where(r => r.Outcome == lnLp && r.Estimand == DidEstimand.Dynamic && r.EventTime is not null)
    .ToArray();
foreach (var r in eventStudy)
{
    var target = r.EventTime < 0 ? 0.0 : planted;
    Console.WriteLine(string.Create(inv,
        $"{r.EventTime,4}  {r.Estimate,9:F4}   [{r.CiLow,8:F4}, {r.CiHigh,8:F4}]   {(r.Covers(target) ? "yes" : "NO")} ({(r.EventTime < 0 ? "0, placebo" : "planted")})"));
}

Console.WriteLine(string.Create(inv,
    $"Parallel-trends pre-test: W = {sampleLp.PretestW:F2}, df = {sampleLp.PretestDf}, p = {sampleLp.PretestP:F3}"));
// The pre-test is a Wald test of the event-study estimates of the last 3 years before joining (the placebo points
// above, e = -3..-1). R did's test of every pre-joining ATT(g,t) cell is kept beside it (CellPretestW/P): with the
// sample's small late cohorts (a dozen firms for 8 pre-periods) that test over-rejects far beyond its 5 % level
// (see ParallelTrendsPretest's remarks), so a researcher reads both, and the att_gt rows with t < g, before
// trusting the design on real data.
Console.WriteLine(string.Create(inv,
    $"Cell-level pre-test (R did): W = {sampleLp.CellPretestW:F2}, df = {sampleLp.CellPretestDf}, p = {sampleLp.CellPretestP:F3}"));
var eventZero = eventStudy.Single(r => r.EventTime == 0);
Check.Print("did.dynamic.ln_lp.e0", eventZero.Estimate);

// 4. The headline: the simple aggregation per outcome (post-joining ATT(g,t) weighted by cohort size).
Console.WriteLine();
Console.WriteLine("outcome  simple ATT   [95% interval]        truth    covers");
foreach (var s in impact.DidSamples)
{
    var simple = impact.Did.Single(r => r.Outcome == s.Outcome && r.Estimand == DidEstimand.Simple);
    var target = s.Outcome == "ln_fte" ? 0.0 : planted;
    Console.WriteLine(string.Create(inv,
        $"{s.Outcome,-7}  {simple.Estimate,10:F4}   [{simple.CiLow,8:F4}, {simple.CiHigh,8:F4}]   {target,7:F4}   {(simple.Covers(target) ? "yes" : "NO")}"));
    Check.Print("did.simple." + s.Outcome, simple.Estimate);
    Check.Print("did.simple." + s.Outcome + ".covers_truth", simple.Covers(target) ? 1 : 0);
}

// 5. Propensity-score matching: is the matched comparison group like the members BEFORE they joined? A standardised
//    mean difference (SMD) under 0.1 after matching is the usual bar.
Console.WriteLine();
if (impact.Psm is { } psm)
{
    Console.WriteLine(string.Create(inv,
        $"Matching table: {psm.TreatedInTable} treated firms at g − 1 ({psm.TreatedWithoutFollowUp} without a g + 1, {psm.TreatedDropped} lacking data), {psm.ControlFirmYears} never-member firm-years; exact on {string.Join(", ", psm.Exact)}"));
}

Console.WriteLine("covariate              smd_before  smd_after  var_ratio_after");
foreach (var b in impact.Balance)
{
    Console.WriteLine(string.Create(inv, $"{b.Covariate,-21}  {b.SmdBefore,10:F3}  {b.SmdAfter,9:F3}  {b.VarianceRatioAfter,15:F3}"));
}

var score = impact.Balance[0];
Check.Print("psm.balance.propensity_score.smd_after", score.SmdAfter);

Console.WriteLine();
Console.WriteLine("outcome  method      estimate   [95% interval]        matched  unmatched");
foreach (var p in impact.PsmEstimates)
{
    Console.WriteLine(string.Create(inv,
        $"{p.Outcome,-7}  {p.Method.Name(),-10}  {p.Estimate,8:F4}   [{p.CiLow,8:F4}, {p.CiHigh,8:F4}]   {p.NTreatedMatched,7}  {p.NTreatedUnmatched,9}"));
}

var psmLp = impact.PsmEstimates.Single(p => p.Outcome == lnLp && p.Method == PsmEffect.Regression);
Check.Print("psm.regression.ln_lp", psmLp.Estimate);

// 6. Descriptive versus causal. The same treated firms sit far above their sector medians (mean log_ratio over their
//    member years), yet the effect of joining is a few percent: the rest is selection on size and productivity.
var descriptive = DescriptivePremium.Compute(sample.Panel, evaluation, settings);
var headline = impact.Simple(ImpactOutcome.LnLabourProductivity)!;
Console.WriteLine();
Console.WriteLine(string.Create(inv,
    $"Descriptive premium of the treated firms: {descriptive.MeanLogRatio:F4} [{descriptive.CiLow:F4}, {descriptive.CiHigh:F4}] log points ({descriptive.Firms} firms)"));
Console.WriteLine(string.Create(inv,
    $"DiD effect on ln LP: {headline.Estimate:F4}; planted {planted:F4}; selection share of the premium ≈ {1 - (headline.Estimate / descriptive.MeanLogRatio!.Value):P0}"));
Check.Print("descriptive.mean_log_ratio.treated", descriptive.MeanLogRatio);

foreach (var note in impact.Notes)
{
    Console.WriteLine("note: " + note.Message);
}

// 7. Two charts, drawn by the report's painters: the event study and the love plot.
var eventChart = new EventStudyChart
{
    Title = "Effect of joining a cluster on ln labour productivity, by years since joining",
    Unit = "log points (0.03 ≈ +3 %); the generator planted 0.0296 from the joining year on",
    FirmCount = sampleLp.TreatedFirms + sampleLp.ComparisonFirms,
    Source = "Synthetic sample (data/sample); ImpactAnalytics notebook 03",
    FileName = "event_study_ln_lp",
    Points = [.. eventStudy.Select(r => new EventStudyPoint(r.EventTime!.Value, r.Estimate, r.CiLow, r.CiHigh))],
};
var loveChart = new LovePlotChart
{
    Title = "Covariate balance before and after matching",
    Unit = "standardised mean difference",
    FirmCount = psmLp.NTreatedMatched + psmLp.NControlsUsed,
    Source = "Synthetic sample (data/sample); ImpactAnalytics notebook 03",
    FileName = "love_plot",
    Rows = [.. impact.Balance.Select(b => new BalanceRow(b.Covariate, b.SmdBefore ?? 0, b.SmdAfter ?? 0))],
};
foreach (ReportChart chart in new ReportChart[] { eventChart, loveChart })
{
    var (png, _) = ChartFileWriter.WriteFiles(chart, ReportCulture.EnglishBritain, output, ChartSize.Standard);
    Console.WriteLine("Chart written: " + Path.GetRelativePath(sample.Root, png));
}
