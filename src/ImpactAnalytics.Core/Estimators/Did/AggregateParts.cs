namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// An aggregation before standard errors: elements and overall, each with its influence function over units; the
/// elements' influence functions also as linear forms of the cells' (<see cref="InfluenceForm"/>).
/// </summary>
internal sealed record AggregateParts(
    DidAggregationType Type,
    int[] Elements,
    double[] Atts,
    double[][] Psis,
    InfluenceForm[] Forms,
    double Overall,
    double[] OverallPsi);
