namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// How the panel's firms divide into treated firms and the comparison pool (counts of firms, before any outcome is
/// required; see <see cref="ClusterImpact"/> for the definitions).
/// </summary>
/// <param name="Treated">Firms whose first membership year g lies after the first study year and not after the last.</param>
/// <param name="AlreadyMembers">Members in the first study year (or earlier): no pre-period, so not usable as treated.</param>
/// <param name="JoinedAfterPeriod">Firms whose first membership starts after the last study year: neither treated nor never-members.</param>
/// <param name="ComparisonPool">Never-members (no spell at all) in a NACE division that holds a treated firm.</param>
/// <param name="NeverMembersOutsidePool">Never-members in divisions without treated firms, left out.</param>
/// <param name="Divisions">NACE divisions with at least one treated firm.</param>
public sealed record TreatmentCounts(
    int Treated,
    int AlreadyMembers,
    int JoinedAfterPeriod,
    int ComparisonPool,
    int NeverMembersOutsidePool,
    int Divisions);
