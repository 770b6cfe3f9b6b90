namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The language of the PDF and XLSX report; the CSV tables keep English column names either way.</summary>
public enum ReportLanguage
{
    /// <summary>Dutch (nl-BE number format 1.234,5). Default.</summary>
    Dutch = 0,

    /// <summary>English (en-GB number format 1,234.5).</summary>
    English = 1,
}
