namespace ImpactAnalytics.Reporting.Counterfactual;

/// <summary>The ATT at one event time e = t − g (years since joining; −1 the last year before).</summary>
/// <param name="Outcome">The outcome's id, e.g. <c>ln_lp</c>.</param>
/// <param name="EventTime">e, in years.</param>
/// <param name="Estimate">The ATT at e, in the outcome's unit.</param>
/// <param name="StandardError">Its analytic standard error.</param>
/// <param name="Low">Lower end of the (uniform) 95 % band.</param>
/// <param name="High">Upper end of the band.</param>
public sealed record EventTimeEstimate(
    string Outcome, int EventTime, double Estimate, double StandardError, double Low, double High);
