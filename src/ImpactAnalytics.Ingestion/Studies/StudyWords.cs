using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The words of the study file's enumerated settings, shared by the reader and the resolved JSON.</summary>
internal static class StudyWords
{
    public static readonly WordTable<string> ValueAdded = new(
        (ValueAddedFormulas.GrossMargin, ValueAddedFormulas.GrossMargin),
        (ValueAddedFormulas.Given, ValueAddedFormulas.Given));

    public static readonly WordTable<Rubric> FteSource = new(
        (RubricCodes.EmployeesFte, Rubric.EmployeesFte),
        (RubricCodes.WorkforceFte, Rubric.WorkforceFte));

    public static readonly WordTable<NaceLevel> NaceLevel = new(
        ("section", Core.Domain.NaceLevel.Section),
        ("division", Core.Domain.NaceLevel.Division),
        ("group", Core.Domain.NaceLevel.Group),
        ("class", Core.Domain.NaceLevel.Class));

    public static readonly WordTable<BenchmarkStatistic> Statistic = new(
        ("median", BenchmarkStatistic.Median),
        ("mean", BenchmarkStatistic.Mean),
        ("ratio", BenchmarkStatistic.Ratio));

    public static readonly WordTable<OutlierMethod> Outliers = new(
        ("winsorize", OutlierMethod.Winsorize),
        ("trim", OutlierMethod.Trim),
        ("none", OutlierMethod.None));

    public static readonly WordTable<DidControlGroup> Control = new(
        ("never", DidControlGroup.NeverTreated),
        ("notyet", DidControlGroup.NotYetTreated));

    public static readonly WordTable<DidEstimator> DidMethod = new(
        ("dr", DidEstimator.DoublyRobust),
        ("ipw", DidEstimator.InverseProbabilityWeighting),
        ("reg", DidEstimator.OutcomeRegression));

    public static readonly WordTable<DidOutcome> Outcome = new(
        ("ln_va", DidOutcome.LnValueAdded),
        ("ln_fte", DidOutcome.LnFte),
        ("ln_lp", DidOutcome.LnLabourProductivity));

    public static readonly WordTable<string> Exact = new(
        PsmSettings.ExactVariables.Select(v => (v, v)).ToArray());

    public static readonly WordTable<ReportLanguage> Language = new(
        ("nl", ReportLanguage.Dutch),
        ("en", ReportLanguage.English));
}
