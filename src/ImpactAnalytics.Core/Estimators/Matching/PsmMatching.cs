namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The outcome-free part of a propensity-score matching (<see cref="PropensityScoreMatching.Match"/>): propensity
/// model, matched sample, caliper width, balance table, and the two effect regressions prepared on the matched sample
/// (rows, weights, clusters by matched set or merged sets, regressors). Every outcome estimated in the same matching
/// reuses it.
/// </summary>
internal sealed record PsmMatching(
    PropensityModel Model,
    MatchedSample Sample,
    double? CaliperWidth,
    IReadOnlyList<BalanceRow> Balance,
    MatchedRegression Difference,
    MatchedRegression Regression);
