namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The staggered DiD: ATT(g,t) ordered by cohort then period, the four aggregations and the pre-test.
/// </summary>
/// <param name="Options">The options the result was computed with.</param>
/// <param name="Periods">The panel's periods, ascending.</param>
/// <param name="Cohorts">The first-treatment periods with units, ascending (0 excluded).</param>
/// <param name="Units">Units used (balanced, not treated from the first period).</param>
/// <param name="DroppedIncompleteUnits">Units dropped because they miss at least one period.</param>
/// <param name="DroppedAlwaysTreatedUnits">Units dropped because they are treated from the first period on.</param>
/// <param name="GroupTimeEffects">ATT(g,t) by cohort, then period.</param>
/// <param name="CriticalValue">Uniform critical value of the ATT(g,t) bands.</param>
/// <param name="Simple">Simple aggregation.</param>
/// <param name="Dynamic">Event-study aggregation.</param>
/// <param name="Group">By cohort.</param>
/// <param name="Calendar">By calendar period.</param>
/// <param name="Pretest">Null when there is no pre-treatment cell or their covariance is singular.</param>
public sealed record DidResult(
    DidOptions Options,
    IReadOnlyList<int> Periods,
    IReadOnlyList<int> Cohorts,
    int Units,
    int DroppedIncompleteUnits,
    int DroppedAlwaysTreatedUnits,
    IReadOnlyList<GroupTimeEffect> GroupTimeEffects,
    double CriticalValue,
    DidAggregation Simple,
    DidAggregation Dynamic,
    DidAggregation Group,
    DidAggregation Calendar,
    ParallelTrendsPretest? Pretest);
