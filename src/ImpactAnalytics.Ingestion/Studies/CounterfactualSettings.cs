namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The two counterfactual estimators of a study (study-file key <c>counterfactual</c>).</summary>
public sealed record CounterfactualSettings
{
    /// <summary>Propensity-score matching.</summary>
    public PsmSettings Psm { get; init; } = new();

    /// <summary>Staggered difference-in-differences.</summary>
    public DidSettings Did { get; init; } = new();
}
