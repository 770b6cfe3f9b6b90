namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// What to match and how (METHODS §7, R MatchIt <c>method = "nearest"</c>, estimand ATT). Column names refer to a
/// <see cref="CovariateTable"/>; the defaults are MatchIt's and METHODS': 1:1, without replacement, no caliper.
/// </summary>
/// <param name="Treatment">Numeric column holding 0 (control) or 1 (treated) in every row.</param>
/// <param name="Outcome">Numeric column of the outcome (e.g. ln VA in the cohort year).</param>
/// <param name="Covariates">
/// Pre-treatment covariates of the propensity model and of the regression adjustment, in order. Numeric columns
/// enter as they are; categorical columns become 0/1 dummies, the first level in ordinal order the reference.
/// </param>
public sealed record PsmSpecification(string Treatment, string Outcome, IReadOnlyList<string> Covariates)
{
    /// <summary>
    /// Columns (numeric or categorical) on which a treated unit and its controls must agree exactly, e.g. NACE division
    /// and cohort. Empty (default): no exact matching.
    /// </summary>
    public IReadOnlyList<string> Exact { get; init; } = [];

    /// <summary>Controls per treated unit (k of k:1 matching); at least 1. Default 1.</summary>
    public int Ratio { get; init; } = 1;

    /// <summary>Whether a control may be matched to more than one treated unit. Default false.</summary>
    public bool Replace { get; init; }

    /// <summary>
    /// Maximum distance |score(treated) − score(control)| in standard deviations of the propensity score over all
    /// units (sample SD), e.g. 0.2; a treated unit without a control inside it stays unmatched. Null (default): none.
    /// </summary>
    public double? Caliper { get; init; }

    /// <summary>Coverage of the confidence intervals of the effect estimates, in (0, 1). Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
