using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>
/// The counterfactual estimates of one cluster: staggered DiD (overall per outcome and by event time), propensity
/// score matching and its covariate balance.
/// </summary>
/// <param name="Cluster">The cluster's key as in the evaluation (never <c>ALL</c> unless all clusters were pooled).</param>
/// <param name="Did">Overall ATT per outcome (Callaway &amp; Sant'Anna, simple aggregation).</param>
/// <param name="EventStudy">ATT by event time e = t − g (dynamic aggregation), every outcome.</param>
/// <param name="Psm">The matched-sample effect per outcome.</param>
/// <param name="Balance">Balance of each covariate before and after matching.</param>
/// <param name="TreatedFirms">The members behind the estimates; <see cref="ConfidentialAttribute">confidential</see>:
/// used only to compute the descriptive premium of the same firms, never written or shown.</param>
public sealed record ClusterCounterfactual(
    string Cluster,
    IReadOnlyList<ImpactEstimate> Did,
    IReadOnlyList<EventTimeEstimate> EventStudy,
    IReadOnlyList<ImpactEstimate> Psm,
    IReadOnlyList<CovariateBalance> Balance,
    IReadOnlyList<EnterpriseNumber> TreatedFirms);
