namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>Which units serve as comparison for cohort g in period t (Callaway &amp; Sant'Anna 2021, §2).</summary>
public enum DidControlGroup
{
    /// <summary>Units never treated in the panel (first-treatment period 0). The default.</summary>
    NeverTreated,

    /// <summary>
    /// Never-treated units plus units first treated after both t and the base period (other cohorts than g).
    /// </summary>
    NotYetTreated,
}
