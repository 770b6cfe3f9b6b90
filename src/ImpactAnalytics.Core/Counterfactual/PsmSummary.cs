namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The matching table behind <c>impact_psm.csv</c>: one row per treated firm at g − 1 and one per never-member
/// firm-year at g − 1 for each cohort g, kept when it has every covariate at g − 1 and every outcome at g − 1 and g + 1.
/// </summary>
/// <param name="TreatedFirms">Usable treated firms (see <see cref="TreatmentCounts.Treated"/>).</param>
/// <param name="TreatedWithoutFollowUp">Treated firms whose g + 1 lies after the study period (the last cohort).</param>
/// <param name="TreatedDropped">Treated firms without accounts, a covariate or an outcome at g − 1 or g + 1.</param>
/// <param name="TreatedInTable">Treated firms in the matching table.</param>
/// <param name="ControlFirmYears">Never-member firm-years in the matching table (a firm once per cohort year).</param>
/// <param name="Covariates">Propensity-model covariates used, in order.</param>
/// <param name="Exact">Attributes matched exactly (table words).</param>
public sealed record PsmSummary(
    int TreatedFirms,
    int TreatedWithoutFollowUp,
    int TreatedDropped,
    int TreatedInTable,
    int ControlFirmYears,
    IReadOnlyList<string> Covariates,
    IReadOnlyList<string> Exact);
