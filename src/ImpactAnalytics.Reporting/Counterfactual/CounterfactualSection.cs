namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>
/// The causal estimates of a run, as the report shows them (the extension point for the counterfactual chapter):
/// one entry per cluster that was estimated. Estimates of log outcomes (ln_va, ln_fte, ln_lp) are log points; the
/// report shows them as percentages, exp(b) − 1.
/// </summary>
/// <param name="Clusters">Per cluster, in the order the report shows them.</param>
public sealed record CounterfactualSection(IReadOnlyList<ClusterCounterfactual> Clusters);
