namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Key figures of one cluster (or <see cref="ClusterKeys.All"/>) in one year (METHODS §5; a row of
/// <c>cluster_summary.csv</c>). Euros, FTE and euros per FTE; shares and premiums are fractions (0.05 = 5 %).
/// Member counts are always published; when the cell is suppressed every other figure is <c>null</c>.
/// </summary>
/// <param name="Cluster">Cluster name, or <c>ALL</c>.</param>
/// <param name="Year">Financial year.</param>
/// <param name="NMembers">Members with accounts in the year.</param>
/// <param name="NWithLp">Members with a valid LP.</param>
/// <param name="VaTotal">ΣVA over members reporting VA.</param>
/// <param name="FteTotal">ΣFTE over members reporting FTE.</param>
/// <param name="VaShare">VaTotal / ΣVA of every firm in the panel that year (the region: Flanders).</param>
/// <param name="FteShare">FteTotal / ΣFTE of every firm in the panel that year.</param>
/// <param name="ClusterLp">ΣVA / ΣFTE over members with a valid LP.</param>
/// <param name="ExpectedLp">Σ FTE_i·B_i / Σ FTE_i over members with LP and a benchmark.</param>
/// <param name="PremiumAdjusted">Composition-adjusted premium: (ΣVA / ΣFTE) / ExpectedLp − 1, both over members with
/// LP and a benchmark (equal to ClusterLp / ExpectedLp − 1 when every member has a benchmark).</param>
/// <param name="MedianDeltaRel">Median of delta_rel over members that have it.</param>
/// <param name="ShareAboveMedian">Share of members with a benchmark whose LP is strictly above their cell's median.</param>
/// <param name="MeanLogRatio">Mean log_ratio.</param>
/// <param name="CiLow">Lower end of the seeded bootstrap 95 % interval of MeanLogRatio.</param>
/// <param name="CiHigh">Upper end of that interval.</param>
/// <param name="NLogRatioExcluded">Members with LP and a benchmark but no log_ratio (LP ≤ 0 or B ≤ 0).</param>
/// <param name="NWithoutBenchmark">Members with LP whose cell reached min_cell at no level.</param>
/// <param name="Suppressed">Whether disclosure control withholds the figures.</param>
/// <param name="SuppressionReason">A <see cref="Disclosure.SuppressionReasons"/> code, or <c>null</c>.</param>
public sealed record ClusterYearSummary(
    string Cluster,
    int Year,
    int NMembers,
    int NWithLp,
    double? VaTotal,
    double? FteTotal,
    double? VaShare,
    double? FteShare,
    double? ClusterLp,
    double? ExpectedLp,
    double? PremiumAdjusted,
    double? MedianDeltaRel,
    double? ShareAboveMedian,
    double? MeanLogRatio,
    double? CiLow,
    double? CiHigh,
    int NLogRatioExcluded,
    int NWithoutBenchmark,
    bool Suppressed = false,
    string? SuppressionReason = null);
