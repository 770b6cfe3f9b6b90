using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>The ingestion options a study implies.</summary>
public static class IngestionOptions
{
    /// <summary>Keeps the study's years and checks codes against the shipped classifications.</summary>
    public static IngestOptions For(Study study, IReadOnlyDictionary<NaceVersion, NaceClassification> nace) => new()
    {
        FirstYear = study.Years.First,
        LastYear = study.Years.Last,
        NaceClassifications = nace,
    };
}
