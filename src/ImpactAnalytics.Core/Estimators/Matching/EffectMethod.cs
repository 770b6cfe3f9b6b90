namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>How an effect is estimated in the matched sample.</summary>
public enum EffectMethod
{
    /// <summary>Weighted mean outcome of matched treated minus weighted mean of matched controls (WLS of y on 1, D).</summary>
    DifferenceInMeans,

    /// <summary>Coefficient of treatment in a WLS regression of the outcome on 1, D and the covariates.</summary>
    RegressionAdjusted,
}
