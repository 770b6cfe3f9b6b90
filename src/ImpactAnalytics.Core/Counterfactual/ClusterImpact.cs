using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Numerics;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The front door of the causal part of a cluster evaluation (METHODS §7): who is treated and when, the comparison
/// pool, staggered difference-in-differences per outcome and propensity-score matching, reduced to publishable
/// aggregate records.
/// </summary>
/// <remarks>
/// <para><b>Treatment.</b> A firm's cohort g is the first year of its first membership spell of any cluster. Firms
/// that were members in the first study year (g ≤ first year) have no pre-period and are excluded and counted; so
/// are firms whose first spell starts after the last study year. Later spells do not move g (absorbing treatment).</para>
/// <para><b>Comparison pool.</b> Never-members — firms without any spell — in a NACE division that holds at least one
/// treated firm.</para>
/// <para><b>DiD</b> (<see cref="ImpactDid"/>): Callaway–Sant'Anna on the balanced panel of the whole study period, ln
/// outcomes net of the pool's division-year mean, base-period ln FTE and age as covariates. Its parallel-trends
/// pre-test is the Wald test of the event-study estimates of the last <see cref="ImpactDidSettings.PretestLeads"/>
/// years before joining; R did's test of every pre-joining ATT(g,t) is kept beside it, and a note explains when only
/// that one rejects (<see cref="DidOutcomeSummary"/>).</para>
/// <para><b>PSM</b> (<see cref="PsmTable"/>, <see cref="ImpactPsm"/>): treated firms at g − 1 against never-member
/// firm-years of the same year, exact on the configured attributes, outcome = change from g − 1 to g + 1.</para>
/// <para>An estimation problem (no controls, separation, too few firms) never fails the run: it becomes an
/// <see cref="ImpactNote"/> for the outcome concerned.</para>
/// </remarks>
public static class ClusterImpact
{
    /// <summary>Runs both estimators as configured.</summary>
    /// <param name="panel">The validated panel.</param>
    /// <param name="measures">Its measures (<see cref="MeasureCalculator.Compute"/> of the same panel).</param>
    /// <param name="settings">The counterfactual settings.</param>
    /// <exception cref="ArgumentException">
    /// When the measures do not belong to the panel, the period ends before it starts or the pre-test has no lead.
    /// </exception>
    public static ClusterImpactResult Run(FirmPanel panel, FirmMeasures measures, ClusterImpactSettings settings)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(settings);
        if (measures.RowCount != panel.RowCount)
        {
            throw new ArgumentException("the measures were computed for another panel (row counts differ)", nameof(measures));
        }

        if (settings.Did.PretestLeads < 1)
        {
            throw new ArgumentException($"the pre-test needs at least one year before joining, found {settings.Did.PretestLeads}", nameof(settings));
        }

        var firstYear = settings.FirstYear ?? (panel.RowCount > 0 ? panel.RowYear.Min() : 0);
        var lastYear = settings.LastYear ?? (panel.RowCount > 0 ? panel.RowYear.Max() : 0);
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"study period ends in {lastYear} before it starts in {firstYear}", nameof(settings));
        }

        // What the caller's earlier stages left behind is reclaimed before the estimators allocate on top of it.
        GarbageCheckpoint.Pass();
        var assignment = TreatmentAssignment.Build(panel, firstYear, lastYear);
        var cohorts = assignment.FirmCohort
            .Where(g => g > 0)
            .GroupBy(g => g)
            .OrderBy(grp => grp.Key)
            .Select(grp => new CohortSize(grp.Key, grp.Count()))
            .ToImmutableArray();

        // The two estimators are independent: PSM runs beside the DiD (whose serial stretches leave a core idle).
        var outcomes = settings.Did.Outcomes.Distinct().ToArray();
        var rowMasks = settings.Did.Enabled || settings.Psm.Enabled ? OutcomeValues.Masks(measures, settings.MinFte) : [];
        DidPart? didPart = null;
        PsmPart? psmPart = null;
        ExceptionDispatchInfo? didError = null, psmError = null;
        Parallel.Invoke(
            () =>
            {
                try
                {
                    didPart = settings.Did.Enabled ? RunDid(panel, measures, assignment, outcomes, settings, firstYear, lastYear, rowMasks) : null;
                }
                catch (Exception e)
                {
                    didError = ExceptionDispatchInfo.Capture(e);
                }
            },
            () =>
            {
                try
                {
                    psmPart = settings.Psm.Enabled ? RunPsm(panel, measures, assignment, settings, lastYear, rowMasks) : null;
                }
                catch (Exception e)
                {
                    psmError = ExceptionDispatchInfo.Capture(e);
                }
            });
        didError?.Throw();
        psmError?.Throw();

        // The estimators' temporaries are garbage now: reclaim them before the caller's next stage allocates.
        GarbageCheckpoint.Pass();

        var notes = new List<ImpactNote>();
        notes.AddRange(didPart?.Notes ?? []);
        notes.AddRange(psmPart?.Notes ?? []);
        return new ClusterImpactResult(
            firstYear,
            lastYear,
            assignment.Counts,
            cohorts,
            [.. didPart?.Samples ?? []],
            [.. didPart?.Rows ?? []],
            psmPart?.Summary,
            [.. psmPart?.Rows ?? []],
            [.. psmPart?.Balance ?? []],
            [.. notes]);
    }

    private static DidPart RunDid(
        FirmPanel panel, FirmMeasures measures, TreatmentAssignment assignment, ImpactOutcome[] outcomes, ClusterImpactSettings settings, int firstYear, int lastYear, byte[] rowMasks)
    {
        var part = new DidPart([], [], []);
        var results = ImpactDid.RunAll(panel, measures, assignment, outcomes, settings, firstYear, lastYear, rowMasks, out var failures);
        for (var o = 0; o < outcomes.Length; o++)
        {
            if (results[o] is not var (summary, rows, note))
            {
                part.Notes.Add(new ImpactNote("did", outcomes[o].Name(), ImpactDid.Failure(outcomes[o], failures[o]!))
                {
                    Kind = ImpactNoteKind.EstimatorFailed,
                    Subject = failures[o],
                });
                continue;
            }

            part.Samples.Add(summary);
            part.Rows.AddRange(rows);
            if (note is not null)
            {
                part.Notes.Add(note);
            }
        }

        return part;
    }

    private static PsmPart RunPsm(FirmPanel panel, FirmMeasures measures, TreatmentAssignment assignment, ClusterImpactSettings settings, int lastYear, byte[] rowMasks)
    {
        try
        {
            var (table, summary, tableNotes) = PsmTable.BuildFromMasks(panel, measures, assignment, settings, lastYear, rowMasks);
            GarbageCheckpoint.Pass();
            var (rows, balanceRows, runNotes) = ImpactPsm.Run(table, summary, settings);
            return new PsmPart(summary, rows, balanceRows, [.. tableNotes, .. runNotes]);
        }
        catch (EstimationException e)
        {
            return new PsmPart(null, [], [], [new ImpactNote("psm", null, $"propensity-score matching could not be run because: {e.Message}")
            {
                Kind = ImpactNoteKind.EstimatorFailed,
                Subject = e.Message,
            }]);
        }
    }

    private sealed record DidPart(List<DidOutcomeSummary> Samples, List<DidEstimateRecord> Rows, List<ImpactNote> Notes);

    private sealed record PsmPart(PsmSummary? Summary, List<PsmEstimateRecord> Rows, List<BalanceRecord> Balance, List<ImpactNote> Notes);
}
