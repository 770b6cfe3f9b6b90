namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Wald test that every pre-treatment ATT(g,t) (t &lt; g) is zero: W = n · θ'V⁻¹θ with V the influence-function
/// covariance of the pre-treatment estimates, χ² with <see cref="DegreesOfFreedom"/> = their number. A small
/// <see cref="PValue"/> is evidence against parallel trends.
/// </summary>
public sealed record ParallelTrendsPretest(double W, int DegreesOfFreedom, double PValue);
