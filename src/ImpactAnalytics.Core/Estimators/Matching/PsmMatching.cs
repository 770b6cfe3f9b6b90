namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The outcome-free part of a propensity-score matching (<see cref="PropensityScoreMatching.Match"/>): treatment per
/// row, design, propensity model, matched sample, caliper width, balance table and the cluster of each row (matched
/// set or merged sets; −1 if unmatched). Every outcome estimated in the same matching reuses it.
/// </summary>
internal sealed record PsmMatching(
    bool[] Treated,
    CovariateDesign Design,
    PropensityModel Model,
    MatchedSample Sample,
    double? CaliperWidth,
    IReadOnlyList<BalanceRow> Balance,
    int[] Clusters);
