namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// An aggregation of ATT(g,t): the overall effect with its analytic standard error, and the elements (none for
/// <see cref="DidAggregationType.Simple"/>) with their uniform critical value.
/// </summary>
/// <param name="Type">Which aggregation.</param>
/// <param name="Overall">The overall effect (see <see cref="DidAggregationType"/> for how elements are averaged).</param>
/// <param name="OverallSe">Analytic standard error of <paramref name="Overall"/>, including the estimated weights.</param>
/// <param name="Elements">Per event time, cohort or period, ascending; empty for Simple.</param>
/// <param name="CriticalValue">
/// The bands' critical value: the bootstrap (1 − α) quantile of the largest |t| over the elements; the pointwise normal
/// quantile z(1 − α/2) for Simple (no elements) or when the bootstrap is off.
/// </param>
public sealed record DidAggregation(
    DidAggregationType Type,
    double Overall,
    double OverallSe,
    IReadOnlyList<AggregatedEffect> Elements,
    double CriticalValue);
