namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// ATT(g,t): the average effect in period <see cref="Time"/> on the cohort first treated in <see cref="Group"/>,
/// from the change of the outcome since <see cref="BasePeriod"/>. For t &lt; g it is a placebo (pre-trend) estimate.
/// </summary>
/// <param name="Group">Cohort g: the first treated period.</param>
/// <param name="Time">Period t.</param>
/// <param name="BasePeriod">The period the change is measured from (g − 1, or t − 1 before treatment with a varying base).</param>
/// <param name="Att">The estimate, in outcome units (log points for log outcomes).</param>
/// <param name="Se">Analytic standard error from the influence function.</param>
/// <param name="Treated">Units of cohort g in the 2×2 comparison.</param>
/// <param name="Controls">Comparison units in the 2×2 comparison.</param>
/// <param name="BootstrapSe">
/// Multiplier-bootstrap standard error (interquartile range of the draws / 1.349), or <see cref="Se"/> when the
/// bootstrap is off.
/// </param>
/// <param name="BandLower">Lower end of the simultaneous band: Att − c·BootstrapSe with c the uniform critical value.</param>
/// <param name="BandUpper">Upper end of the simultaneous band.</param>
public sealed record GroupTimeEffect(
    int Group,
    int Time,
    int BasePeriod,
    double Att,
    double Se,
    int Treated,
    int Controls,
    double BootstrapSe,
    double BandLower,
    double BandUpper)
{
    /// <summary>Event time e = t − g; e ≥ 0 is after treatment.</summary>
    public int EventTime => Time - Group;

    public bool IsPostTreatment => Time >= Group;
}
