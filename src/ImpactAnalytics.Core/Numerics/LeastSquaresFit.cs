namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// A weighted least-squares fit. <see cref="Bread"/> is (XᵀWX)⁻¹, the bread of sandwich (robust, clustered)
/// variance estimators; residuals are y − Xβ, unweighted.
/// </summary>
public sealed record LeastSquaresFit(double[] Coefficients, double[] Fitted, double[] Residuals, Matrix Bread);
