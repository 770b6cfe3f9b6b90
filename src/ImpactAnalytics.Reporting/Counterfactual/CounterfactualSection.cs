using ImpactAnalytics.Core.Counterfactual;

namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>
/// The causal estimates of a run, as the report shows them: the counterfactual result (DiD and PSM, aggregates only)
/// and the descriptive premium of exactly the firms it treats, so the report can set the two side by side.
/// </summary>
/// <param name="Impact">The result of <see cref="ClusterImpact.Run"/>.</param>
/// <param name="SameFirms">The descriptive premium of the same treated firms (<see cref="DescriptivePremium.Compute"/>).</param>
public sealed record CounterfactualSection(ClusterImpactResult Impact, PremiumComparison SameFirms);
