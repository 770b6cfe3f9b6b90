using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Ingestion.Tests.Studies;

/// <summary>The dotted path of every key the study file knows, built from the loader's own key lists.</summary>
internal static class StudyKeyPaths
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. StudyKeys.Root,
        .. StudyKeys.Inputs.Select(k => "inputs." + k),
        .. StudyKeys.Measures.Select(k => "measures." + k),
        .. StudyKeys.Benchmark.Select(k => "benchmark." + k),
        .. StudyKeys.Outliers.Select(k => "benchmark.outliers." + k),
        .. StudyKeys.Counterfactual.Select(k => "counterfactual." + k),
        .. StudyKeys.Psm.Select(k => "counterfactual.psm." + k),
        .. StudyKeys.Did.Select(k => "counterfactual.did." + k),
        .. StudyKeys.Disclosure.Select(k => "disclosure." + k),
        .. StudyKeys.Bootstrap.Select(k => "bootstrap." + k),
        .. StudyKeys.Report.Select(k => "report." + k),
    ];
}
