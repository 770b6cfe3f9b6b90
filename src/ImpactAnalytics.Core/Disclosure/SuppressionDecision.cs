namespace ImpactAnalytics.Core.Disclosure;

/// <summary>
/// One suppressed published cell, for the method annex and the audit trail.
/// </summary>
/// <param name="Table">The output table: <c>benchmarks</c>, <c>cluster_summary</c>, <c>membership_flows</c> or
/// <c>index_series</c>.</param>
/// <param name="Cell">The cell's key within the table, e.g. <c>class 20.16</c>, <c>Catalisti</c>,
/// <c>Catalisti new</c>.</param>
/// <param name="Year">The cell's year.</param>
/// <param name="Reason">A <see cref="SuppressionReasons"/> code.</param>
public sealed record SuppressionDecision(string Table, string Cell, int Year, string Reason);
