using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>Staggered difference-in-differences in the cluster evaluation (METHODS §7). Defaults are METHODS'.</summary>
public sealed record ImpactDidSettings
{
    /// <summary>Run the estimator. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Comparison group: never-members (default) or never-members plus not-yet-joined firms.</summary>
    public DidControlGroup Control { get; init; } = DidControlGroup.NeverTreated;

    /// <summary>Estimator of each ATT(g,t). Default doubly robust.</summary>
    public DidMethod Method { get; init; } = DidMethod.DoublyRobust;

    /// <summary>
    /// The parallel-trends pre-test tests the event-study estimates of this many years before joining (event times
    /// −leads … −1, those the period holds) jointly against zero. Default 3. The Callaway–Sant'Anna test of every
    /// pre-joining ATT(g,t) is reported beside it but over-rejects when cohorts are small relative to their number of
    /// pre-periods (see <see cref="DidOutcomeSummary"/>); pooling cohorts per event time and keeping few event times
    /// holds the test near its nominal size.
    /// </summary>
    public int PretestLeads { get; init; } = 3;

    /// <summary>Outcomes, each estimated separately, in this order. Default ln VA, ln FTE, ln LP.</summary>
    public IReadOnlyList<ImpactOutcome> Outcomes { get; init; } =
        [ImpactOutcome.LnValueAdded, ImpactOutcome.LnFte, ImpactOutcome.LnLabourProductivity];
}
