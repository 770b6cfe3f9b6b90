using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>Maps a loaded study onto the settings of the core's front doors.</summary>
public static class EvaluationMapping
{
    /// <summary>The descriptive evaluation's settings for the study period.</summary>
    public static EvaluationSettings Settings(Study study) => new()
    {
        FirstYear = study.Years.First,
        LastYear = study.Years.Last,
        Measures = study.Measures,
        Benchmark = study.Benchmark,
        Disclosure = study.Disclosure,
        Bootstrap = study.Bootstrap,
    };

    /// <summary>The counterfactual estimators' settings: the study's choices, its period, seed and min_fte.</summary>
    public static ClusterImpactSettings ImpactSettings(Study study) => new()
    {
        FirstYear = study.Years.First,
        LastYear = study.Years.Last,
        MinFte = study.Measures.MinFte,
        Bootstrap = study.Bootstrap,
        Did = study.Counterfactual.Did,
        Psm = study.Counterfactual.Psm,
    };
}
