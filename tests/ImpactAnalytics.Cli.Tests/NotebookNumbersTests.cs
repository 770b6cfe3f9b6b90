using System.Globalization;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// The other half of the notebooks' guard against drift (notebooks/README.md): .ci/run checks that each notebook still
/// prints the <c>check:</c> lines of notebooks/expected/NN-name.txt; these tests check that the engine, called the way
/// the notebook calls it, still produces exactly those values. A change in either fails CI.
/// </summary>
public sealed class NotebookNumbersTests : IClassFixture<NotebookSample>
{
    private readonly NotebookSample _sample;

    public NotebookNumbersTests(NotebookSample sample) => _sample = sample;

    [Fact]
    public void Quickstart_numbers_are_the_engines()
    {
        var r = _sample.Evaluation;
        var last = r.ClusterYears.Single(c => c.Cluster == ClusterKeys.All && c.Year == 2023);

        AssertExpected("01-quickstart", new Dictionary<string, string>
        {
            ["panel.firms"] = Whole(_sample.Panel.FirmCount),
            ["panel.firm_years"] = Whole(_sample.Panel.RowCount),
            ["members.ALL.2023"] = Whole(last.NMembers),
            ["premium_adjusted.ALL.2023"] = Fraction(last.PremiumAdjusted),
            ["mean_log_ratio.ALL.2023"] = Fraction(last.MeanLogRatio),
            ["benchmark_cells"] = Whole(r.Benchmarks.Length),
        });
    }

    [Fact]
    public void Specification_table_premiums_are_the_engines()
    {
        var baseline = _sample.Settings.Benchmark;
        var trim = new OutlierRule(OutlierMethod.Trim, 0.01, 0.99);
        var none = new OutlierRule(OutlierMethod.None);
        (string Name, BenchmarkSettings Benchmark)[] specifications =
        [
            ("baseline", baseline),
            ("level=group", baseline with { Level = NaceLevel.Group }),
            ("level=division", baseline with { Level = NaceLevel.Division }),
            ("level=section", baseline with { Level = NaceLevel.Section }),
            ("statistic=mean", baseline with { Statistic = BenchmarkStatistic.Mean }),
            ("statistic=ratio", baseline with { Statistic = BenchmarkStatistic.Ratio }),
            ("outliers=trim", baseline with { Outliers = trim }),
            ("outliers=none", baseline with { Outliers = none }),
            ("mean+outliers=none", baseline with { Statistic = BenchmarkStatistic.Mean, Outliers = none }),
            ("mean+outliers=trim", baseline with { Statistic = BenchmarkStatistic.Mean, Outliers = trim }),
            ("mean+winsorize-5-95", baseline with { Statistic = BenchmarkStatistic.Mean, Outliers = new OutlierRule(OutlierMethod.Winsorize, 0.05, 0.95) }),
            ("members-included", baseline with { ExcludeMembers = false }),
            ("division+ratio+none", baseline with { Level = NaceLevel.Division, Statistic = BenchmarkStatistic.Ratio, Outliers = none }),
        ];

        // The premium does not depend on the bootstrap; skipping it keeps the 13 evaluations quick.
        var settings = _sample.Settings with { Bootstrap = new BootstrapSettings { Replicates = 0 } };
        var actual = specifications.ToDictionary(
            s => "premium_adjusted.ALL.2023." + s.Name,
            s => Fraction(Evaluation.Run(_sample.Panel, settings with { Benchmark = s.Benchmark })
                .ClusterYears.Single(c => c.Cluster == ClusterKeys.All && c.Year == 2023).PremiumAdjusted));

        AssertExpected("02-reproduce-study", actual);
    }

    [Fact]
    public void Impact_numbers_are_the_engines()
    {
        var study = _sample.Study;
        var settings = EvaluationMapping.ImpactSettings(study);
        var impact = ClusterImpact.Run(_sample.Panel, _sample.Evaluation.Measures, settings);
        const double planted = 0.02955880224154443;
        DidEstimateRecord Simple(string outcome) => impact.Did.Single(r => r.Outcome == outcome && r.Estimand == DidEstimand.Simple);
        string Covers(string outcome, double truth) => Whole(Simple(outcome).Covers(truth) ? 1 : 0);

        AssertExpected("03-impact", new Dictionary<string, string>
        {
            ["impact.treated"] = Whole(impact.Counts.Treated),
            ["impact.comparison_pool"] = Whole(impact.Counts.ComparisonPool),
            ["did.dynamic.ln_lp.e0"] = Fraction(impact.Did.Single(r => r.Outcome == "ln_lp" && r.Estimand == DidEstimand.Dynamic && r.EventTime == 0).Estimate),
            ["did.simple.ln_va"] = Fraction(Simple("ln_va").Estimate),
            ["did.simple.ln_va.covers_truth"] = Covers("ln_va", planted),
            ["did.simple.ln_fte"] = Fraction(Simple("ln_fte").Estimate),
            ["did.simple.ln_fte.covers_truth"] = Covers("ln_fte", 0.0),
            ["did.simple.ln_lp"] = Fraction(Simple("ln_lp").Estimate),
            ["did.simple.ln_lp.covers_truth"] = Covers("ln_lp", planted),
            ["psm.balance.propensity_score.smd_after"] = Fraction(impact.Balance[0].SmdAfter),
            ["psm.regression.ln_lp"] = Fraction(impact.PsmEstimates.Single(p => p.Outcome == "ln_lp" && p.Method == PsmEffect.Regression).Estimate),
            ["descriptive.mean_log_ratio.treated"] = Fraction(DescriptivePremium.Compute(_sample.Panel, _sample.Evaluation, settings).MeanLogRatio),
        });
    }

    [Fact]
    public void Deedle_pivots_agree_with_the_result_records()
    {
        var r = _sample.Evaluation;
        var premiums = r.ClusterYears.Where(c => c.Cluster == ClusterKeys.All && c.PremiumAdjusted is not null)
            .Select(c => c.PremiumAdjusted!.Value).ToArray();
        var flux = r.MemberDeltas.Where(d => d.Cluster == "Flux50" && d.Year == 2023 && d.LogRatio is not null)
            .Select(d => d.LogRatio!.Value).Order().ToArray();
        var median = flux.Length % 2 == 1 ? flux[flux.Length / 2] : (flux[(flux.Length / 2) - 1] + flux[flux.Length / 2]) / 2;

        AssertExpected("04-explore-with-deedle", new Dictionary<string, string>
        {
            ["pivot.premium_adjusted.Flux50.2023"] = Fraction(r.ClusterYears.Single(c => c.Cluster == "Flux50" && c.Year == 2023).PremiumAdjusted),
            ["mean_over_years.premium_adjusted.ALL"] = Fraction(premiums.Average()),
            ["benchmark_cells.Class.2023"] = Whole(r.Benchmarks.Count(b => b.NaceLevel == NaceLevel.Class && b.Year == 2023)),
            ["flows.ALL.new.2023"] = Whole(r.Flows.Single(f => f.Cluster == ClusterKeys.All && f.Year == 2023 && f.Status == FlowStatus.New).NFirms),
            ["median_log_ratio.Flux50.2023"] = Fraction(median),
        });
    }

    // The expected file must hold exactly these keys (no stale or missing check) with exactly these texts.
    private static void AssertExpected(string notebook, IReadOnlyDictionary<string, string> actual)
    {
        var expected = NotebookSample.ExpectedChecks(notebook);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            Assert.True(value == actual[key], $"{notebook}: {key} is {actual[key]} in the engine, {value} in notebooks/expected");
        }
    }

    // The formats of ImpactAnalytics.Notebooks.Check (notebooks/ImpactAnalytics.Notebooks/Check.cs).
    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fraction(double? value) =>
        value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "none";
}
