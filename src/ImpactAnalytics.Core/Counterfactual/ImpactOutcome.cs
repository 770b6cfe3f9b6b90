namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// A firm outcome of the counterfactual estimators, always in natural logs, so an effect reads as log points
/// (0.0296 = ln 1.03 ≈ +3 %). A firm-year has the outcome only where its level is positive; ln LP also needs
/// FTE ≥ min_fte (METHODS §3).
/// </summary>
public enum ImpactOutcome
{
    /// <summary>ln of value added (table word <c>ln_va</c>).</summary>
    LnValueAdded = 0,

    /// <summary>ln of FTE (<c>ln_fte</c>).</summary>
    LnFte = 1,

    /// <summary>ln of labour productivity VA / FTE (<c>ln_lp</c>).</summary>
    LnLabourProductivity = 2,
}
