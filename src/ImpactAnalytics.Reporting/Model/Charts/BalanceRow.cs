namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>The standardised mean difference of one covariate before and after matching.</summary>
/// <param name="Covariate">The covariate's display name.</param>
/// <param name="SmdBefore">SMD between members and all controls (signed, in standard deviations).</param>
/// <param name="SmdAfter">SMD between members and their matched controls.</param>
public sealed record BalanceRow(string Covariate, double SmdBefore, double SmdAfter);
