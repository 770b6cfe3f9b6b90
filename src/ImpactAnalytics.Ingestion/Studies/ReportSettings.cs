using ImpactAnalytics.Core.Settings;
namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The report's language and title (study-file key <c>report</c>).</summary>
public sealed record ReportSettings
{
    /// <summary>The title used when the study file gives none and the language is Dutch.</summary>
    public const string DefaultDutchTitle = "Economische impact van de speerpuntclusters";

    /// <summary>The title used when the study file gives none and the language is English.</summary>
    public const string DefaultEnglishTitle = "Economic impact of the spearhead clusters";

    /// <summary>Report language. Default Dutch.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    /// <summary>Title on the title page. Default: <see cref="DefaultTitle"/> of the language.</summary>
    public string Title { get; init; } = DefaultDutchTitle;

    /// <summary>The default title in a language.</summary>
    public static string DefaultTitle(ReportLanguage language) =>
        language == ReportLanguage.English ? DefaultEnglishTitle : DefaultDutchTitle;
}
