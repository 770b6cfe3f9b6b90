namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>How the matched-sample effect is estimated (a row of <c>impact_psm.csv</c>).</summary>
public enum PsmEffect
{
    /// <summary>Matched treated minus matched controls, weighted means (<c>difference</c>).</summary>
    Difference = 0,

    /// <summary>Treatment coefficient of the weighted regression on treatment and the covariates (<c>regression</c>).</summary>
    Regression = 1,
}
