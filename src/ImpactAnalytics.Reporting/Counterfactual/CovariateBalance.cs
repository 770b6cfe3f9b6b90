namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>Balance of one matching covariate (METHODS §7): standardised mean difference and variance ratio.</summary>
/// <param name="Covariate">The covariate's id, e.g. <c>ln_va</c> or <c>age</c>.</param>
/// <param name="SmdBefore">SMD between members and all candidate controls; <c>null</c> when undefined.</param>
/// <param name="SmdAfter">SMD in the matched sample.</param>
/// <param name="VarianceRatioBefore">Variance treated / control before; <c>null</c> for 0/1 covariates.</param>
/// <param name="VarianceRatioAfter">The same after matching.</param>
public sealed record CovariateBalance(
    string Covariate, double? SmdBefore, double? SmdAfter, double? VarianceRatioBefore, double? VarianceRatioAfter);
