namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// One year of the index series of staying members against their sectors (METHODS §5), base year = 100. The series
/// is chain-linked: each year multiplies the last by the growth, from t−1 to t, of the firms that stay members of
/// the cluster in both years and report VA and FTE in both. The sector index chains the growth of non-member firms
/// (members of no cluster in either year) in the same NACE cells (configured level), each cell weighted by the
/// staying members' VA (FTE for the FTE index) in t−1. The base year is the first year of the study period whose
/// link to the next year is defined; the series stops at the first year whose link is not (no staying firms, or
/// a non-positive sum). Once a point is suppressed, every later point is too (it carries the suppressed link).
/// </summary>
/// <param name="Cluster">Cluster name, or <c>ALL</c>.</param>
/// <param name="Year">Year of the point.</param>
/// <param name="NStaying">Staying members behind the link into this year (0 at the base year).</param>
/// <param name="NSector">Non-member firms behind the sector link into this year (0 at the base year).</param>
/// <param name="VaMembers">Index of the staying members' VA.</param>
/// <param name="FteMembers">Index of their FTE.</param>
/// <param name="VaSector">Index of their sectors' VA.</param>
/// <param name="FteSector">Index of their sectors' FTE.</param>
/// <param name="Suppressed">Whether disclosure control withholds the point.</param>
/// <param name="SuppressionReason">A <see cref="Disclosure.SuppressionReasons"/> code, or <c>null</c>.</param>
public sealed record IndexPoint(
    string Cluster,
    int Year,
    int NStaying,
    int NSector,
    double? VaMembers,
    double? FteMembers,
    double? VaSector,
    double? FteSector,
    bool Suppressed = false,
    string? SuppressionReason = null);
