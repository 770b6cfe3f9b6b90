
namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The result of nearest-neighbour matching: the treated–control links, and one MatchIt weight per row (0 for a unit
/// outside the matched sample, 1 for a matched treated unit, the rescaled control weight otherwise).
/// </summary>
public sealed record MatchedSample(IReadOnlyList<MatchedPair> Pairs, IReadOnlyList<double> Weights, MatchCounts Counts)
{
    /// <summary>Number of matched sets (= matched treated units).</summary>
    public int SetCount => Counts.TreatedMatched;
}
