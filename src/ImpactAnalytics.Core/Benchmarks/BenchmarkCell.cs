using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// One published benchmark cell (a row of <c>benchmarks.csv</c>): NACE Rev. 2 code at a level, a year, and its LP
/// statistics in euros per FTE (METHODS §4). When the cell fails disclosure control every statistic is <c>null</c>
/// and <see cref="SuppressionReason"/> says why; the firm count is always published.
/// </summary>
/// <param name="NaceLevel">Section, division, group or class.</param>
/// <param name="NaceCode">The cell's code (NACE Rev. 2).</param>
/// <param name="Year">Financial year.</param>
/// <param name="NFirms">Firms in the benchmark population with a valid LP (before trimming).</param>
/// <param name="MeanLp">Mean LP after the outlier rule.</param>
/// <param name="MedianLp">Median LP after the outlier rule.</param>
/// <param name="P10Lp">10th percentile (type 7).</param>
/// <param name="P25Lp">25th percentile.</param>
/// <param name="P75Lp">75th percentile.</param>
/// <param name="P90Lp">90th percentile.</param>
/// <param name="RatioLp">Aggregate ΣVA / ΣFTE over the raw cell.</param>
/// <param name="Suppressed">Whether disclosure control withholds the statistics.</param>
/// <param name="SuppressionReason">A <see cref="Disclosure.SuppressionReasons"/> code, or <c>null</c>.</param>
public sealed record BenchmarkCell(
    NaceLevel NaceLevel,
    NaceCode NaceCode,
    int Year,
    int NFirms,
    double? MeanLp,
    double? MedianLp,
    double? P10Lp,
    double? P25Lp,
    double? P75Lp,
    double? P90Lp,
    double? RatioLp,
    bool Suppressed,
    string? SuppressionReason);
