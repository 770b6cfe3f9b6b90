namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// One element of an aggregation: an event time, cohort or calendar period (<see cref="Element"/>) with its
/// estimate, analytic standard error (including the estimation of the cohort-size weights) and simultaneous band.
/// </summary>
public sealed record AggregatedEffect(
    int Element,
    double Att,
    double Se,
    double BootstrapSe,
    double BandLower,
    double BandUpper);
