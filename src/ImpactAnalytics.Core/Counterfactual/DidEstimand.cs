namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>What a row of <c>impact_did.csv</c> estimates (Callaway &amp; Sant'Anna 2021).</summary>
public enum DidEstimand
{
    /// <summary>ATT(g,t) of cohort g in year t (<c>att_gt</c>); placebo when t &lt; g.</summary>
    AttGt = 0,

    /// <summary>The event study: the average effect e = t − g years after joining (<c>dynamic</c>); without an event
    /// time, the mean over e ≥ 0.</summary>
    Dynamic = 1,

    /// <summary>Post-joining ATT(g,t) averaged with cohort-size weights: the headline effect (<c>simple</c>).</summary>
    Simple = 2,

    /// <summary>The average post-joining effect of one cohort (<c>group</c>); without a group, their size-weighted mean.</summary>
    Group = 3,
}
