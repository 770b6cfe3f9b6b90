namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The estimator of each ATT(g,t) (METHODS §7; Sant'Anna &amp; Zhao 2020).</summary>
public enum DidEstimator
{
    /// <summary>Doubly robust (study-file word <c>dr</c>). Default.</summary>
    DoublyRobust = 0,

    /// <summary>Inverse probability weighting (<c>ipw</c>).</summary>
    InverseProbabilityWeighting = 1,

    /// <summary>Outcome regression (<c>reg</c>).</summary>
    OutcomeRegression = 2,
}
