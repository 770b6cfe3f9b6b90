namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// An ATT estimate in the matched sample, in the outcome's unit. The standard error is cluster-robust CR1 with clusters
/// the matched sets (see <see cref="PropensityScoreMatching"/>); the interval and the two-sided p-value use Student's
/// t with <paramref name="Clusters"/> − 1 degrees of freedom. <paramref name="Observations"/> counts units with a
/// positive weight; <paramref name="DroppedCovariates"/> names regressors left out because they are constant or
/// collinear in the matched sample (empty for the difference in means).
/// </summary>
public sealed record EffectEstimate(
    EffectMethod Method,
    double Estimate,
    double StandardError,
    double ConfidenceLow,
    double ConfidenceHigh,
    double PValue,
    int Observations,
    int Clusters,
    IReadOnlyList<string> DroppedCovariates);
