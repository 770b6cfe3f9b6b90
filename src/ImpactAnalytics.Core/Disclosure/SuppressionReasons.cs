namespace ImpactAnalytics.Core.Disclosure;

/// <summary>Reason codes of suppressed cells (METHODS §6), as written to the <c>suppression_reason</c> columns.</summary>
public static class SuppressionReasons
{
    /// <summary>Primary: the cell has fewer than <c>min_firms</c> firms (but at least one).</summary>
    public const string MinFirms = "min-firms";

    /// <summary>Primary: the two largest firms hold more than the dominance share of the cell's |VA|.</summary>
    public const string Dominance = "dominance";

    /// <summary>
    /// Secondary: published safely on its own, suppressed so that a suppressed cell cannot be recovered from
    /// totals or differences (or, in an index series, because an earlier link was suppressed).
    /// </summary>
    public const string Secondary = "secondary";
}
