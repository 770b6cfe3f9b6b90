namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Staggered difference-in-differences settings (study-file key <c>counterfactual.did</c>, METHODS §7).</summary>
public sealed record DidSettings
{
    /// <summary>Run the estimator. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Comparison group. Default never-treated.</summary>
    public DidControlGroup Control { get; init; } = DidControlGroup.NeverTreated;

    /// <summary>Estimator of ATT(g,t). Default doubly robust.</summary>
    public DidEstimator Method { get; init; } = DidEstimator.DoublyRobust;

    /// <summary>Outcomes, each estimated separately, in the order given. Default ln VA, ln FTE, ln LP.</summary>
    public IReadOnlyList<DidOutcome> Outcomes { get; init; } =
        [DidOutcome.LnValueAdded, DidOutcome.LnFte, DidOutcome.LnLabourProductivity];
}
