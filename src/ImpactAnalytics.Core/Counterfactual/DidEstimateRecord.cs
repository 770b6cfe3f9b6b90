namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// One row of <c>tables/impact_did.csv</c>: an aggregate over firms, never a firm. Estimates are in log points of the
/// outcome (0.0296 ≈ +3 %). Intervals: ATT(g,t), event-study and per-cohort rows carry the simultaneous (uniform) 95 %
/// band over their set (multiplier bootstrap; the pointwise normal interval when the bootstrap is off); the overall
/// rows (simple, and dynamic or group without an element) carry the pointwise 95 % interval estimate ± 1.96·se.
/// </summary>
/// <param name="Outcome">Outcome word (<c>ln_va</c>, <c>ln_fte</c>, <c>ln_lp</c>).</param>
/// <param name="Estimand">Which estimand.</param>
/// <param name="Group">Cohort g (att_gt, group); null otherwise.</param>
/// <param name="Time">Year t (att_gt); null otherwise.</param>
/// <param name="EventTime">e = t − g (att_gt, dynamic); null for the overall rows.</param>
/// <param name="Estimate">The effect, log points.</param>
/// <param name="Se">Analytic standard error from the influence function (bands use the bootstrap SE behind them).</param>
/// <param name="CiLow">Lower end of the interval.</param>
/// <param name="CiHigh">Upper end of the interval.</param>
/// <param name="NTreated">Treated firms behind the row (summed over the cohorts averaged).</param>
/// <param name="NControl">Comparison firms (the largest comparison group among the cells averaged).</param>
public sealed record DidEstimateRecord(
    string Outcome,
    DidEstimand Estimand,
    int? Group,
    int? Time,
    int? EventTime,
    double Estimate,
    double Se,
    double CiLow,
    double CiHigh,
    int NTreated,
    int NControl)
{
    /// <summary>Whether the interval contains <paramref name="value"/>.</summary>
    public bool Covers(double value) => CiLow <= value && value <= CiHigh;
}
