using System.Collections.Immutable;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The counterfactual estimates of a cluster evaluation, immutable and aggregate only: no record carries an enterprise
/// number, a name or any other firm identifier, so everything here may be published (subject to the N shown).
/// Lists are in a stable order: outcomes as configured; within an outcome, DiD rows as ATT(g,t) by cohort and year,
/// the event study by event time then its overall row, per cohort then its overall row, and the simple estimate.
/// </summary>
/// <param name="FirstYear">First year of the study period.</param>
/// <param name="LastYear">Last year of the study period.</param>
/// <param name="Counts">Treated firms, excluded firms and the comparison pool.</param>
/// <param name="Cohorts">Usable treated firms per cohort, ascending.</param>
/// <param name="DidSamples">Per DiD outcome estimated: its balanced sample and the pre-test.</param>
/// <param name="Did">Rows of <c>tables/impact_did.csv</c>.</param>
/// <param name="Psm">The matching table's composition; null when matching is off.</param>
/// <param name="PsmEstimates">Rows of <c>tables/impact_psm.csv</c>.</param>
/// <param name="Balance">Rows of <c>tables/balance.csv</c>: the propensity score first, then each covariate.</param>
/// <param name="Notes">Outcomes that could not be estimated (with the reason) and choices the data forced.</param>
public sealed record ClusterImpactResult(
    int FirstYear,
    int LastYear,
    TreatmentCounts Counts,
    ImmutableArray<CohortSize> Cohorts,
    ImmutableArray<DidOutcomeSummary> DidSamples,
    ImmutableArray<DidEstimateRecord> Did,
    PsmSummary? Psm,
    ImmutableArray<PsmEstimateRecord> PsmEstimates,
    ImmutableArray<BalanceRecord> Balance,
    ImmutableArray<ImpactNote> Notes)
{
    /// <summary>The headline DiD estimate (simple aggregation) of an outcome, or null when it was not estimated.</summary>
    public DidEstimateRecord? Simple(ImpactOutcome outcome) =>
        Did.FirstOrDefault(r => r.Estimand == DidEstimand.Simple && r.Outcome == outcome.Name());
}
