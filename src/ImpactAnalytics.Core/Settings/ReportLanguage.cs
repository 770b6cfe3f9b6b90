namespace ImpactAnalytics.Core.Settings;

/// <summary>The language a report speaks. Dutch (nl-BE) is the default of the study file.</summary>
public enum ReportLanguage
{
    /// <summary>Dutch as written in Belgium: 1.234,5; "3,4 %"; "€ 1.234".</summary>
    Dutch = 0,

    /// <summary>British English: 1,234.5; "3.4%"; "€1,234".</summary>
    English = 1,
}
