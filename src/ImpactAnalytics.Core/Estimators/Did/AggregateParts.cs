namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>An aggregation before standard errors: elements and overall, each with its influence function over units.</summary>
internal sealed record AggregateParts(
    DidAggregationType Type,
    int[] Elements,
    double[] Atts,
    double[][] Psis,
    double Overall,
    double[] OverallPsi);
