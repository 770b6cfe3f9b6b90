namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Wald test that a set of pre-treatment estimates is zero: W = n · θ'V⁻¹θ with V the influence-function covariance of
/// the estimates, χ² with <see cref="DegreesOfFreedom"/> = their number. A small <see cref="PValue"/> is evidence
/// against parallel trends.
/// </summary>
/// <remarks>
/// <see cref="DidResult.Pretest"/> tests every pre-treatment ATT(g,t), as R <c>did</c> does. The χ² reference is
/// asymptotic in every cohort's size: with many pre-periods and small cohorts (say 8 pre-period cells of a 17-unit
/// cohort) the estimated covariance is too noisy and the test rejects far more often than its nominal level even when
/// parallel trends hold (about 45 % instead of 5 % for the cohort sizes of a 5,000-firm synthetic population). Read a
/// small p-value there together with the event-study estimates before treatment, or test those instead.
/// </remarks>
/// <param name="W">The Wald statistic.</param>
/// <param name="DegreesOfFreedom">Number of estimates tested.</param>
/// <param name="PValue">P(χ²(df) ≥ W).</param>
public sealed record ParallelTrendsPretest(double W, int DegreesOfFreedom, double PValue);
