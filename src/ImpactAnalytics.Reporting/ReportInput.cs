using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Counterfactual;

namespace ImpactAnalytics.Reporting;

/// <summary>
/// Everything <see cref="Report.Write"/> needs: the evaluation with the settings it ran with, what the title page
/// says, and the ingestion's row counts for the method annex. The study period is the evaluation's
/// (<see cref="EvaluationResult.FirstYear"/>–<see cref="EvaluationResult.LastYear"/>), so the two cannot disagree.
/// </summary>
public sealed record ReportInput
{
    /// <summary>The language of the PDF and the XLSX (Dutch, nl-BE, by default); the CSVs are always English.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    /// <summary>The report title, e.g. "Economische impact van de speerpuntclusters".</summary>
    public required string Title { get; init; }

    /// <summary>The study's name as in the study file, e.g. "sample".</summary>
    public required string Study { get; init; }

    /// <summary>The report date, given by the caller (its clock or the study file), never read here.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The data sources, one line each, in the report language (title page and method annex).</summary>
    public required IReadOnlyList<string> DataSources { get; init; }

    /// <summary>The settings the evaluation ran with; the method annex states them.</summary>
    public required EvaluationSettings Settings { get; init; }

    /// <summary>The descriptive evaluation.</summary>
    public required EvaluationResult Result { get; init; }

    /// <summary>Firms and firm-years that ingestion accepted, for the method annex.</summary>
    public required InputCounts Counts { get; init; }

    /// <summary>The causal estimates; <c>null</c> when the run did not compute them (the report then says so).</summary>
    public CounterfactualSection? Counterfactual { get; init; }

    /// <summary>The PDF "Creator" property, e.g. "ImpactAnalytics 0.1.0".</summary>
    public string Creator { get; init; } = "ImpactAnalytics";

    /// <summary>The report language of a study file's <c>report.language</c>: "nl" or "en" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">For any other code.</exception>
    public static ReportLanguage ParseLanguage(string code) => code?.Trim().ToUpperInvariant() switch
    {
        "NL" or "NL-BE" => ReportLanguage.Dutch,
        "EN" or "EN-GB" => ReportLanguage.English,
        _ => throw new ArgumentException($"report language must be nl or en, found '{code}'", nameof(code)),
    };
}
