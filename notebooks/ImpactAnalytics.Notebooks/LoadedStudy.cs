using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Notebooks;

/// <summary>A study file loaded and its inputs ingested: what every notebook starts from.</summary>
/// <param name="Root">The repository root.</param>
/// <param name="Study">The validated study, every setting with its effective value.</param>
/// <param name="Ingestion">The panel with its data issues and row accounting.</param>
public sealed record LoadedStudy(string Root, Study Study, IngestionResult Ingestion)
{
    /// <summary>The firm panel of the study period.</summary>
    public FirmPanel Panel => Ingestion.Panel;
}
