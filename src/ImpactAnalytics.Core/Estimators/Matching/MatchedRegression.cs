using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// The outcome-free part of a matched-sample effect (<see cref="MatchedEffects.Prepare"/>): the rows with positive
/// weight (ascending), their weights and clusters (numbered 0, 1, … in order of first appearance), the number of clusters and of regressors, the design matrix
/// (intercept, treatment, then the covariates kept; null when the sample is too small to estimate) and the covariates
/// left out as collinear.
/// </summary>
internal sealed record MatchedRegression(
    EffectMethod Method,
    int[] Rows,
    double[] Weights,
    int[] ClusterIds,
    int Clusters,
    int Regressors,
    Matrix? X,
    IReadOnlyList<string> Dropped);
