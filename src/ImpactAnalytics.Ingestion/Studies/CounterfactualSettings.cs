using ImpactAnalytics.Core.Counterfactual;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// The two counterfactual estimators of a study (study-file key <c>counterfactual</c>), as the core's own settings
/// records: the study file only chooses them, <see cref="ClusterImpact"/> defines them (METHODS §7).
/// </summary>
public sealed record CounterfactualSettings
{
    /// <summary>Propensity-score matching (key <c>counterfactual.psm</c>).</summary>
    public ImpactPsmSettings Psm { get; init; } = new();

    /// <summary>Staggered difference-in-differences (key <c>counterfactual.did</c>).</summary>
    public ImpactDidSettings Did { get; init; } = new();
}
