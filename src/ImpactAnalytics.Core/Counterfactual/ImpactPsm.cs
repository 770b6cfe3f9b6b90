using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Propensity-score matching of the cluster evaluation on the table of <see cref="PsmTable"/>: one matching per
/// outcome (the same table and specification, so the same matched sample and one balance table), the outcome being
/// its change from g − 1 to g + 1.
/// </summary>
/// <remarks>
/// Why the change and not the level at g + 1: members differ from never-members in persistent productivity that the
/// g − 1 covariates capture only partly (one noisy year); the change removes every time-invariant firm difference, as
/// the DiD does, so matching only has to balance what drives growth. It also keeps both estimators on one scale:
/// an effect on the change from g − 1 to g + 1 is the ATT two years in (event time e = 1).
/// </remarks>
internal static class ImpactPsm
{
    public static (List<PsmEstimateRecord> Rows, List<BalanceRecord> Balance, List<ImpactNote> Notes) Run(
        CovariateTable table, PsmSummary summary, ClusterImpactSettings settings)
    {
        var rows = new List<PsmEstimateRecord>();
        var balance = new List<BalanceRecord>();
        var notes = new List<ImpactNote>();
        PsmMatching? matching = null;
        string? matchingFailure = null;
        foreach (var outcome in settings.Did.Outcomes.Distinct())
        {
            var spec = new PsmSpecification(PsmTable.Treatment, PsmTable.OutcomeColumn(outcome), summary.Covariates)
            {
                Exact = summary.Exact,
                Ratio = settings.Psm.Ratio,
                Replace = settings.Psm.Replace,
                Caliper = settings.Psm.Caliper,
            };

            // Only the outcome differs between the outcomes' specifications, so one matching serves them all; a
            // matching that fails fails every outcome with the same message, as separate runs would.
            if (matching is null && matchingFailure is null)
            {
                try
                {
                    matching = PropensityScoreMatching.Match(table, spec);
                    GarbageCheckpoint.Pass();
                }
                catch (EstimationException e)
                {
                    matchingFailure = e.Message;
                }
            }

            try
            {
                if (matching is null)
                {
                    notes.Add(Failure(outcome, matchingFailure!));
                    continue;
                }

                var result = PropensityScoreMatching.Result(matching, table, spec.Outcome, spec.ConfidenceLevel);
                GarbageCheckpoint.Pass();
                rows.Add(Row(outcome, PsmEffect.Difference, result.DifferenceInMeans, result.Counts));
                rows.Add(Row(outcome, PsmEffect.Regression, result.RegressionAdjusted, result.Counts));
                if (balance.Count == 0)
                {
                    balance.AddRange(result.Balance.Select(Balance));
                }
            }
            catch (EstimationException e)
            {
                notes.Add(Failure(outcome, e.Message));
            }
        }

        return (rows, balance, notes);
    }

    private static ImpactNote Failure(ImpactOutcome outcome, string reason) =>
        new("psm", outcome.Name(), $"{outcome.Name()} could not be estimated by propensity-score matching because: {reason}");

    private static PsmEstimateRecord Row(ImpactOutcome outcome, PsmEffect method, EffectEstimate e, MatchCounts counts) =>
        new(outcome.Name(), method, e.Estimate, e.StandardError, e.ConfidenceLow, e.ConfidenceHigh,
            counts.TreatedMatched, counts.TreatedUnmatched, counts.ControlsUsed);

    private static BalanceRecord Balance(BalanceRow b) =>
        new(b.Covariate, b.SmdBefore, b.SmdAfter, b.VarianceRatioBefore, b.VarianceRatioAfter,
            b.EcdfMeanBefore, b.EcdfMeanAfter, b.EcdfMaxBefore, b.EcdfMaxAfter);
}
