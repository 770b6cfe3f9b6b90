namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>The 2×2 estimator behind every ATT(g,t) (Sant'Anna &amp; Zhao 2020 for panel data).</summary>
public enum DidMethod
{
    /// <summary>
    /// Doubly robust: outcome regression of ΔY on the covariates among controls plus inverse-probability weights
    /// p(X)/(1 − p(X)) from a logit; consistent if either model is right. The default.
    /// </summary>
    DoublyRobust,

    /// <summary>Inverse-probability weighting with normalised (Hájek) weights.</summary>
    InverseProbabilityWeighting,

    /// <summary>Outcome regression: the treated's ΔY minus the control regression's prediction for them.</summary>
    OutcomeRegression,

    /// <summary>No covariates: mean ΔY of the treated minus mean ΔY of the controls. Covariates are ignored.</summary>
    Unconditional,
}
