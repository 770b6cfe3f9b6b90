namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>How ATT(g,t) are summarised (Callaway &amp; Sant'Anna 2021, §3).</summary>
public enum DidAggregationType
{
    /// <summary>Post-treatment ATT(g,t) weighted by cohort size: one overall number, no elements.</summary>
    Simple,

    /// <summary>By event time e = t − g (elements e, pre and post); overall = mean over e ≥ 0.</summary>
    Dynamic,

    /// <summary>By cohort g (mean of its post-treatment ATT); overall = cohort-size weighted mean.</summary>
    Group,

    /// <summary>By calendar period t (cohort-size weighted mean of treated cohorts); overall = mean over t.</summary>
    Calendar,
}
