namespace ImpactAnalytics.Core.Numerics;

/// <summary>Stopping rules of the Newton (IRLS) iterations of <see cref="LogisticRegression"/>.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>Maximum Newton iterations. Default 100 (a well-posed fit needs fewer than 15).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Converged when every Newton step |Δβⱼ| ≤ Tolerance × (1 + |βⱼ|). Default 1e-10, which leaves the score
    /// equations Xᵀ(y − p) = 0 satisfied to about 1e-12 relative to the sample size.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>
    /// When true (default) a fit that has not converged throws; when false it is returned with
    /// <see cref="LogisticFit.Converged"/> false. Separation throws either way.
    /// </summary>
    public bool RequireConvergence { get; init; } = true;

    /// <summary>
    /// Coefficients to start the Newton iterations from, one per column of X (for example the fit of a closely
    /// related model); null (default) starts from β = 0. The estimate is the same maximum to within
    /// <see cref="Tolerance"/>, reached in fewer iterations when the start is close.
    /// </summary>
    public IReadOnlyList<double>? Start { get; init; }
}
