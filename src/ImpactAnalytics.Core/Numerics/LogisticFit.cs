namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// A maximum-likelihood logistic regression. <see cref="Information"/> is XᵀWX with W = diag(wᵢ pᵢ(1 − pᵢ)) at the
/// estimate: the negative Hessian of the log-likelihood (observed = expected Fisher information for the logit
/// link), positive definite; its inverse is the model-based covariance of the coefficients.
/// <see cref="Converged"/> is false only when the caller asked not to throw on non-convergence.
/// </summary>
public sealed record LogisticFit(
    double[] Coefficients,
    double[] Probabilities,
    Matrix Information,
    double LogLikelihood,
    int Iterations,
    bool Converged);
