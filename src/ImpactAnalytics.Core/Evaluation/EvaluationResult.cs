using System.Collections.Immutable;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Measures;

namespace ImpactAnalytics.Core.Evaluation;

/// <summary>
/// The descriptive evaluation of a panel (METHODS §3–6), immutable. <see cref="Measures"/> and
/// <see cref="MemberDeltas"/> are firm-level and <see cref="ConfidentialAttribute">confidential</see>; the other
/// tables have passed disclosure control. Every list is in a stable order: clusters ordinal with <c>ALL</c> last,
/// then year (then status); benchmark cells by level (configured first, then coarser), year, code.
/// </summary>
/// <param name="FirstYear">First year of the study period.</param>
/// <param name="LastYear">Last year of the study period.</param>
/// <param name="Measures">Firm measures for every panel row (all years, so growth has its previous year).</param>
/// <param name="Benchmarks">Benchmark cells at the configured level and every coarser one (benchmarks.csv).</param>
/// <param name="MemberDeltas">Member firm-years with a valid LP against their sector (confidential/member_deltas.csv).</param>
/// <param name="ClusterYears">Key figures per cluster and year, ALL included (cluster_summary.csv).</param>
/// <param name="Flows">The staying / new / exiting decomposition (membership_flows.csv).</param>
/// <param name="IndexSeries">Index series of staying members versus their sectors, base year = 100.</param>
/// <param name="Suppressions">Every suppressed published cell with its reason.</param>
public sealed record EvaluationResult(
    int FirstYear,
    int LastYear,
    FirmMeasures Measures,
    ImmutableArray<BenchmarkCell> Benchmarks,
    ImmutableArray<MemberDelta> MemberDeltas,
    ImmutableArray<ClusterYearSummary> ClusterYears,
    ImmutableArray<MembershipFlow> Flows,
    ImmutableArray<IndexPoint> IndexSeries,
    ImmutableArray<SuppressionDecision> Suppressions);
