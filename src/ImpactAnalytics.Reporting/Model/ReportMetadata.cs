using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Reporting.Model;

/// <summary>What the title page and the PDF's document properties say about a report.</summary>
public sealed record ReportMetadata
{
    /// <summary>The report title, e.g. "Impact van clusterlidmaatschap".</summary>
    public required string Title { get; init; }

    /// <summary>An optional line under the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The study's name as in the study file.</summary>
    public required string Study { get; init; }

    /// <summary>First year of the observed period (calendar year, inclusive).</summary>
    public required int FirstYear { get; init; }

    /// <summary>Last year of the observed period (calendar year, inclusive).</summary>
    public required int LastYear { get; init; }

    /// <summary>The report date, from the caller's <see cref="TimeProvider"/> or the study file; never the clock here.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The data sources, one line each, in the report language.</summary>
    public required IReadOnlyList<string> DataSources { get; init; }

    /// <summary>The language the report speaks; Dutch (nl-BE) by default.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    /// <summary>The PDF "Creator" property, e.g. "ImpactAnalytics 0.1.0".</summary>
    public string Creator { get; init; } = "ImpactAnalytics";

    /// <summary>The PDF "Author" property; empty when not given.</summary>
    public string Author { get; init; } = string.Empty;
}
