namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>The period each ATT(g,t) is differenced against.</summary>
public enum DidBasePeriod
{
    /// <summary>
    /// Post-treatment cells (t ≥ g) compare with g − 1 (the last period before g); pre-treatment cells compare with
    /// t − 1, so pre-period estimates are period-on-period placebo effects. The default.
    /// </summary>
    Varying,

    /// <summary>
    /// Every cell compares with g − 1; the reference cell (g, g − 1) itself, zero by construction, is not reported.
    /// </summary>
    Universal,
}
