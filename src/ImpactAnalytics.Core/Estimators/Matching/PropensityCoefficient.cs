namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// A coefficient of the propensity model on the logit scale, with its model-based standard error (the square root of
/// the diagonal of the inverse Fisher information). Name "(Intercept)", a numeric column's name, or "column=level" for
/// the dummy of a categorical level.
/// </summary>
public sealed record PropensityCoefficient(string Name, double Estimate, double StandardError);
