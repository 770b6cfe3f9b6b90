using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// A long panel for staggered DiD: one row per unit and period, all arrays of equal length. Units missing any period
/// are dropped (the estimator works on the balanced panel). The first-treatment period is constant within a unit;
/// 0 means never treated, any other value must be one of the panel's periods.
/// </summary>
/// <param name="UnitIds">Unit identifier per row (e.g. the enterprise number as a number).</param>
/// <param name="Periods">Period per row (e.g. the year).</param>
/// <param name="FirstTreatment">First treated period of the row's unit, 0 if never treated.</param>
/// <param name="Outcome">Outcome per row (e.g. ln value added); must be finite.</param>
/// <param name="Covariates">
/// Optional covariates, one row per panel row. Each ATT(g,t) uses the values of the base period (R <c>did</c>
/// convention), so time-varying covariates enter as of the period before the comparison. An intercept is added.
/// </param>
/// <param name="CovariateNames">Optional names of the covariate columns, for messages.</param>
public sealed record DidPanelData(
    long[] UnitIds,
    int[] Periods,
    int[] FirstTreatment,
    double[] Outcome,
    Matrix? Covariates = null,
    string[]? CovariateNames = null);
