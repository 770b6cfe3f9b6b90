namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>The words the result tables write for outcomes and estimands (<c>ln_va</c>, <c>att_gt</c>, …).</summary>
public static class TableWords
{
    /// <summary>The table word of an outcome: <c>ln_va</c>, <c>ln_fte</c> or <c>ln_lp</c>.</summary>
    public static string Name(this ImpactOutcome outcome) => outcome switch
    {
        ImpactOutcome.LnValueAdded => "ln_va",
        ImpactOutcome.LnFte => "ln_fte",
        ImpactOutcome.LnLabourProductivity => "ln_lp",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };

    /// <summary>The table word of a DiD estimand: <c>att_gt</c>, <c>dynamic</c>, <c>simple</c> or <c>group</c>.</summary>
    public static string Name(this DidEstimand estimand) => estimand switch
    {
        DidEstimand.AttGt => "att_gt",
        DidEstimand.Dynamic => "dynamic",
        DidEstimand.Simple => "simple",
        DidEstimand.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(estimand), estimand, "unknown estimand"),
    };

    /// <summary>The table word of a matched-sample effect: <c>difference</c> or <c>regression</c>.</summary>
    public static string Name(this PsmEffect method) => method switch
    {
        PsmEffect.Difference => "difference",
        PsmEffect.Regression => "regression",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown method"),
    };

    /// <summary>The table word of an exact-matching attribute: <c>nace_division</c>, <c>cohort</c>, ….</summary>
    public static string Name(this ExactColumn column) => column switch
    {
        ExactColumn.NaceDivision => "nace_division",
        ExactColumn.Cohort => "cohort",
        ExactColumn.NaceGroup => "nace_group",
        ExactColumn.NaceClass => "nace_class",
        ExactColumn.Region => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column"),
    };
}
