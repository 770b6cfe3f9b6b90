namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// One cell of the staying / new / exiting decomposition (a row of <c>membership_flows.csv</c>). Status comes from
/// the membership spells; firms are counted and summed only where they filed accounts in the measured year
/// (t for staying and new, t−1 for exiting), so staying + new equals the year's <see cref="ClusterYearSummary"/>.
/// </summary>
/// <param name="Cluster">Cluster name, or <c>ALL</c> (any cluster: a firm switching clusters is staying there).</param>
/// <param name="Year">The year t of the transition t−1 → t.</param>
/// <param name="Status">Staying, new or exiting.</param>
/// <param name="NFirms">Firms with accounts in the measured year (always published).</param>
/// <param name="VaTotal">ΣVA, euros; <c>null</c> when suppressed.</param>
/// <param name="FteTotal">ΣFTE; <c>null</c> when suppressed.</param>
/// <param name="Suppressed">Whether disclosure control withholds the totals.</param>
/// <param name="SuppressionReason">A <see cref="Disclosure.SuppressionReasons"/> code, or <c>null</c>.</param>
public sealed record MembershipFlow(
    string Cluster,
    int Year,
    FlowStatus Status,
    int NFirms,
    double? VaTotal,
    double? FteTotal,
    bool Suppressed = false,
    string? SuppressionReason = null)
{
    /// <summary>The status as data outputs write it.</summary>
    public string StatusText => Status switch
    {
        FlowStatus.Staying => "staying",
        FlowStatus.New => "new",
        _ => "exiting",
    };
}
