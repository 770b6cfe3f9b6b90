namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// One 2×2 DiD on its own sample: the estimate and its influence function φ (one value per sample unit, mean zero,
/// scaled so that Var(ATT) ≈ mean(φ²)/n).
/// </summary>
internal readonly record struct TwoByTwo(double Att, double[] Influence);
