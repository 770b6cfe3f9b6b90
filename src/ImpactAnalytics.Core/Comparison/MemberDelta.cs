using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Comparison;

/// <summary>
/// One member firm-year against its sector (a row of <c>confidential/member_deltas.csv</c>; METHODS §5). A firm in
/// two clusters has a row for each. LP values in euros per FTE; absent comparisons are <c>null</c>.
/// </summary>
/// <param name="EnterpriseNumber">The member.</param>
/// <param name="Cluster">The cluster.</param>
/// <param name="Year">Financial year.</param>
/// <param name="NaceCode">The firm's code as registered; its benchmark cell is this code rolled up to NACE Rev. 2
/// at <paramref name="BenchmarkLevel"/>.</param>
/// <param name="BenchmarkLevel">The level actually used after the small-cell fallback; <c>null</c> when no level
/// reached min_cell.</param>
/// <param name="Lp">The member's LP.</param>
/// <param name="BenchmarkLp">B: the chosen statistic of the cell (default the median).</param>
/// <param name="DeltaAbs">LP − B.</param>
/// <param name="DeltaRel">LP / B − 1; only where B &gt; 0.</param>
/// <param name="LogRatio">ln(LP / B); only where LP &gt; 0 and B &gt; 0.</param>
/// <param name="Percentile">Mid-rank share of the cell's benchmark firms below the member, in [0, 1], against their
/// raw (not winsorised) LP; when members are not excluded the member is among them and counts as half a tie.</param>
[Confidential]
public sealed record MemberDelta(
    EnterpriseNumber EnterpriseNumber,
    string Cluster,
    int Year,
    NaceCode NaceCode,
    NaceLevel? BenchmarkLevel,
    double Lp,
    double? BenchmarkLp,
    double? DeltaAbs,
    double? DeltaRel,
    double? LogRatio,
    double? Percentile);
