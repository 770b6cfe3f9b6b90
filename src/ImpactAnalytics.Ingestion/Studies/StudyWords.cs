using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Estimators.Did;
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

    public static readonly WordTable<DidMethod> DidMethod = new(
        ("dr", Core.Estimators.Did.DidMethod.DoublyRobust),
        ("ipw", Core.Estimators.Did.DidMethod.InverseProbabilityWeighting),
        ("reg", Core.Estimators.Did.DidMethod.OutcomeRegression));

    public static readonly WordTable<ImpactOutcome> Outcome = new(
        ("ln_va", ImpactOutcome.LnValueAdded),
        ("ln_fte", ImpactOutcome.LnFte),
        ("ln_lp", ImpactOutcome.LnLabourProductivity));

    public static readonly WordTable<ExactColumn> Exact = new(
        Enum.GetValues<ExactColumn>().Select(c => (c.Name(), c)).ToArray());

    public static readonly WordTable<ReportLanguage> Language = new(
        ("nl", ReportLanguage.Dutch),
        ("en", ReportLanguage.English));
}
