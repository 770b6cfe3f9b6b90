namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The DiD sample of one outcome and its parallel-trends pre-test. The estimator needs a balanced panel: a firm enters
/// only when it has the outcome (and its covariates) in every year of the study period; the others are counted here.
/// </summary>
/// <param name="Outcome">Outcome word.</param>
/// <param name="Covariates">Covariates of the DR / IPW / regression estimator (base-period values).</param>
/// <param name="TreatedFirms">Treated firms in the balanced panel.</param>
/// <param name="ComparisonFirms">Never-members in the balanced panel.</param>
/// <param name="TreatedDropped">Treated firms left out because a year of the period lacks the outcome or a covariate.</param>
/// <param name="ComparisonDropped">Comparison firms left out for the same reason.</param>
/// <param name="PretestW">Wald statistic of "every pre-joining ATT(g,t) is zero"; null when there is no pre-period cell.</param>
/// <param name="PretestDf">Its degrees of freedom; null with it.</param>
/// <param name="PretestP">Its p-value (χ²); a small value is evidence against parallel trends.</param>
public sealed record DidOutcomeSummary(
    string Outcome,
    IReadOnlyList<string> Covariates,
    int TreatedFirms,
    int ComparisonFirms,
    int TreatedDropped,
    int ComparisonDropped,
    double? PretestW,
    int? PretestDf,
    double? PretestP);
