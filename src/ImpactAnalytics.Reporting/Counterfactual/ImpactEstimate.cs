namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>One effect estimate (ATT) of membership on an outcome, in the outcome's unit (log points for ln_*).</summary>
/// <param name="Outcome">The outcome's id: <c>ln_va</c>, <c>ln_fte</c>, <c>ln_lp</c> or another column name.</param>
/// <param name="Estimate">The ATT.</param>
/// <param name="StandardError">Its standard error (analytic for DiD, CR1 by matched set for PSM).</param>
/// <param name="Low">Lower end of the 95 % interval.</param>
/// <param name="High">Upper end of the 95 % interval.</param>
/// <param name="Treated">Treated firms behind the estimate.</param>
/// <param name="Controls">Comparison firms behind the estimate.</param>
public sealed record ImpactEstimate(
    string Outcome, double Estimate, double StandardError, double Low, double High, int Treated, int Controls);
