
namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Everything propensity-score matching produced, in stable order: the propensity model's coefficients (intercept
/// first), the score and the matching weight per row (data order), the counts, the balance table (the propensity
/// score first, then every covariate column, a categorical covariate as one row per level), the two effect
/// estimates, and the matched pairs in matching order. <see cref="CaliperWidth"/> is the caliper in score units
/// (caliper × SD of the score), null without a caliper.
/// </summary>
public sealed record PsmResult(
    IReadOnlyList<PropensityCoefficient> Coefficients,
    IReadOnlyList<double> Scores,
    IReadOnlyList<double> Weights,
    MatchCounts Counts,
    double? CaliperWidth,
    IReadOnlyList<BalanceRow> Balance,
    EffectEstimate DifferenceInMeans,
    EffectEstimate RegressionAdjusted,
    IReadOnlyList<MatchedPair> Pairs);
