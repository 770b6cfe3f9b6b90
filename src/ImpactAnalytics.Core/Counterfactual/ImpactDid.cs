using System.Globalization;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Numerics;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Staggered DiD of one outcome in the cluster evaluation: builds the balanced firm panel of the study period (treated
/// firms with their cohort, the comparison pool with cohort 0), runs <see cref="StaggeredDid"/> and flattens its
/// result into <see cref="DidEstimateRecord"/> rows.
/// </summary>
/// <remarks>
/// Balanced panel over the whole study period (the estimator's own requirement, as R <c>did</c> with
/// <c>panel = TRUE</c>): a firm with a year missing is dropped and counted, rather than searching for a shorter
/// window that keeps more firms — a window chosen from the data would move with every input, and the report's
/// period would no longer be the study's.
/// Covariates: ln FTE in the first study year (pre-treatment for every usable cohort) and firm age in years at the
/// base period. Size and age are the traits on which firms select into clusters (METHODS §1), and two smooth
/// covariates keep the propensity logit well conditioned — NACE dummies would separate it in cohorts that miss a
/// division. Size is fixed at the first year rather than taken at each cell's base period: a base-period ln FTE holds
/// that year's transitory deviation, and conditioning on it makes treated and controls of equal observed size differ
/// in expected mean reversion (members are persistently larger), which biased the ln FTE effect by about +0.005 on
/// generated populations; the first-year value cuts that to about +0.002, within one standard error.
/// Division-specific shocks are removed instead by differencing the outcome against the comparison pool's mean of
/// the same NACE division and year (see <see cref="DivisionDemeaning"/>). The demeaning treats the pool's division
/// means as known, so the influence functions miss their sampling noise: the comparison side's variance is
/// understated by the factor Σ_d s₁d²/s₀d (treated over pool division shares), about 1.2 on generated populations,
/// which makes standard errors about 3 % too small (ln LP effect: mean SE 0.0071 against a spread of 0.0073 over
/// 200 seeds, coverage 94.5 %).
/// Pre-test: the event-study estimates of the last <see cref="ImpactDidSettings.PretestLeads"/> years before joining
/// (reported; about 5–6.5 % rejections in 100–200 seeds at 5 %) and, beside it, R did's test of every pre-joining
/// ATT(g,t), which rejects in about 55 % of the same seeds because cohorts of 10–20 late joiners carry up to eight
/// pre-period cells each (see <see cref="ParallelTrendsWaldTest"/>); demeaning plays no part in that: with the
/// generator's division shocks subtracted exactly instead, the cell test rejected as often (20 vs 22 of 40 seeds).
/// </remarks>
internal static class ImpactDid
{
    public static readonly IReadOnlyList<string> CovariateNames = ["ln_fte", "age"];

    /// <summary>
    /// Every outcome, in the given order: its summary, rows and note, or the message of the estimation problem that
    /// stopped it. The outcomes share what does not depend on them (<see cref="StaggeredDid.EstimateMany(int, Func{int, BalancedPanel}, DidOptions)"/>), with
    /// results identical to estimating each on its own. <paramref name="rowMasks"/> are the panel's
    /// <see cref="OutcomeValues.Masks"/> at the settings' min_fte.
    /// </summary>
    public static (DidOutcomeSummary Summary, List<DidEstimateRecord> Rows, ImpactNote? Note)?[] RunAll(
        FirmPanel panel,
        FirmMeasures measures,
        TreatmentAssignment assignment,
        IReadOnlyList<ImpactOutcome> outcomes,
        ClusterImpactSettings settings,
        int firstYear,
        int lastYear,
        byte[] rowMasks,
        out string?[] failures)
    {
        var samples = new Sample[outcomes.Count];
        var firmMasks = FirmMasks(panel, assignment, rowMasks, firstYear, lastYear - firstYear + 1);
        Parallel.For(0, outcomes.Count, o => samples[o] = Prepare(panel, measures, assignment, firmMasks, outcomes[o], settings, firstYear, lastYear));
        GarbageCheckpoint.Pass();
        var options = new DidOptions
        {
            ControlGroup = settings.Did.Control,
            Method = settings.Did.Method,
            Bootstrap = settings.Bootstrap,
        };

        var estimates = StaggeredDid.EstimateMany(samples.Length, o => samples[o].Build(), options);
        var results = new (DidOutcomeSummary Summary, List<DidEstimateRecord> Rows, ImpactNote? Note)?[outcomes.Count];
        failures = new string?[outcomes.Count];
        for (var o = 0; o < outcomes.Count; o++)
        {
            var (result, dynamic, failure) = estimates[o];
            if (failure is not null)
            {
                failures[o] = failure.Message;
                continue;
            }

            var s = samples[o];
            var name = outcomes[o].Name();
            var pretest = ParallelTrendsWaldTest.EventStudy(dynamic!, result!.Units, settings.Did.PretestLeads);
            var cells = result.Pretest;
            var summary = new DidOutcomeSummary(
                name, CovariateNames, s.Treated, s.Pool, s.TreatedDropped, s.PoolDropped,
                pretest?.W, pretest?.DegreesOfFreedom, pretest?.PValue,
                cells?.W, cells?.DegreesOfFreedom, cells?.PValue);
            results[o] = (summary, Records(name, result), PretestNote(name, pretest, cells, result.GroupTimeEffects));
        }

        return results;
    }

    // The balanced, demeaned panel of one outcome with its firm counts. Firms come in index order (the unit id is
    // the firm index). The firms with every year are known from FirmMasks (conditions only, no logs), so the
    // unit-major arrays are allocated at their size and filled straight; when every unit keeps its division benchmark
    // (the usual case) the panel takes them over without a copy.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Sample Prepare(
        FirmPanel panel,
        FirmMeasures measures,
        TreatmentAssignment assignment,
        byte[] firmMasks,
        ImpactOutcome outcome,
        ClusterImpactSettings settings,
        int firstYear,
        int lastYear)
    {
        var years = lastYear - firstYear + 1;
        var complete = new List<int>();
        int treatedDropped = 0, poolDropped = 0;
        var need = (1 << (int)outcome) | (1 << (int)ImpactOutcome.LnFte);
        var cohorts = assignment.FirmCohort;
        for (var f = 0; f < cohorts.Length; f++)
        {
            var g = cohorts[f];
            if (g < 0)
            {
                continue;
            }

            if ((firmMasks[f] & need) != need)
            {
                _ = g > 0 ? treatedDropped++ : poolDropped++;
                continue;
            }

            complete.Add(f);
        }

        var units = complete.Count;
        var unitGroup = new int[units];
        var unitDivision = new string[units];
        var values = new double[units * years];
        var covariates = new double[units * years * 2];
        for (var u = 0; u < units; u++)
        {
            var f = complete[u];
            unitGroup[u] = assignment.FirmCohort[f];
            unitDivision[u] = assignment.FirmDivision[f];
            Fill(panel, measures, f, outcome, firstYear, values.AsSpan(u * years, years), covariates.AsSpan(u * years * 2, years * 2));
        }

        var keep = DivisionDemeaning.Apply(values, unitGroup, unitDivision, years);
        var kept = keep.Count(k => k);
        var ids = new long[kept];
        var groups = kept == units ? unitGroup : new int[kept];
        var keptValues = kept == units ? values : new double[kept * years];
        var keptCovariates = kept == units ? covariates : new double[kept * years * 2];
        int treated = 0, pool = 0, i = 0;
        for (var u = 0; u < units; u++)
        {
            if (!keep[u])
            {
                treatedDropped++;
                continue;
            }

            _ = unitGroup[u] > 0 ? treated++ : pool++;
            ids[i] = complete[u];
            if (kept != units)
            {
                groups[i] = unitGroup[u];
                values.AsSpan(u * years, years).CopyTo(keptValues.AsSpan(i * years));
                covariates.AsSpan(u * years * 2, years * 2).CopyTo(keptCovariates.AsSpan(i * years * 2));
            }

            i++;
        }

        var periods = Enumerable.Range(firstYear, years).ToArray();
        return new Sample(
            () => BalancedPanel.FromUnits(periods, ids, groups, keptValues, keptCovariates, CovariateNames.Count, [.. CovariateNames]),
            treated,
            pool,
            treatedDropped,
            poolDropped);
    }

    // When R did's test of every pre-joining cell rejects at 5 % and the reported event-study test does not, the
    // report says why it follows the latter, naming the cohort with the fewest firms per pre-period cell.
    private static ImpactNote? PretestNote(string outcome, ParallelTrendsPretest? reported, ParallelTrendsPretest? cells, IReadOnlyList<GroupTimeEffect> effects)
    {
        if (reported is null || cells is null || cells.PValue >= 0.05 || reported.PValue < 0.05)
        {
            return null;
        }

        var thinnest = effects
            .Where(c => !c.IsPostTreatment)
            .GroupBy(c => c.Group)
            .Select(grp => (Cohort: grp.Key, Cells: grp.Count(), Firms: grp.Max(c => c.Treated)))
            .MaxBy(c => (double)c.Cells / c.Firms);
        return new ImpactNote("did", outcome, string.Create(
            CultureInfo.InvariantCulture,
            $"{outcome}: the test of all {cells.DegreesOfFreedom} pre-joining ATT(g,t) rejects parallel trends (p = {cells.PValue:F3}) but the reported test of the event-study estimates of the last {reported.DegreesOfFreedom} years before joining does not (p = {reported.PValue:F3}); the former is known to reject far too often when cohorts are small relative to their pre-periods (here {thinnest.Firms} firms joining in {thinnest.Cohort} for {thinnest.Cells} pre-joining cells)."))
        {
            Kind = ImpactNoteKind.PretestDisagreement,
            Values = [cells.DegreesOfFreedom, cells.PValue, reported.DegreesOfFreedom, reported.PValue, thinnest.Firms, thinnest.Cohort, thinnest.Cells],
        };
    }

    // Per firm of the sample (cohort ≥ 0), the outcome bits (OutcomeValues.Masks) present in every year of the
    // period, and 0 when it has no founding year or misses a year: the firm is complete for outcome o when the bits of
    // o and of ln FTE are set. One pass for every outcome, in parallel chunks of firms.
    private static byte[] FirmMasks(FirmPanel panel, TreatmentAssignment assignment, byte[] rowMasks, int firstYear, int years)
    {
        const int chunk = 1 << 15;
        var masks = new byte[panel.FirmCount];
        var chunks = (masks.Length + chunk - 1) / chunk;
        Parallel.For(0, chunks, c => FirmMasks(panel, assignment, rowMasks, firstYear, years, masks, c * chunk, Math.Min(masks.Length, (c + 1) * chunk)));
        return masks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FirmMasks(
        FirmPanel panel, TreatmentAssignment assignment, byte[] rowMasks, int firstYear, int years, byte[] masks, int from, int to)
    {
        var cohorts = assignment.FirmCohort;
        for (var f = from; f < to; f++)
        {
            if (cohorts[f] < 0 || panel.FirmFounded[f] is null)
            {
                continue;
            }

            var mask = OutcomeValues.All;
            for (var t = 0; t < years && mask != 0; t++)
            {
                var row = FirmRows.Find(panel, f, firstYear + t);
                mask = row < 0 ? (byte)0 : (byte)(mask & rowMasks[row]);
            }

            masks[f] = mask;
        }
    }

    // Fills y (outcome per year) and x (ln FTE in the first year, age per year) of a complete firm.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Fill(
        FirmPanel panel, FirmMeasures measures, int f, ImpactOutcome outcome, int firstYear, Span<double> y, Span<double> x)
    {
        var founded = panel.FirmFounded[f]!.Value;
        var first = FirmRows.Find(panel, f, firstYear);
        var levels = OutcomeValues.Levels(measures, outcome);
        var lnFte = Math.Log(measures.Fte[first]);
        for (var t = 0; t < y.Length; t++)
        {
            y[t] = Math.Log(levels[first + t]);
            x[2 * t] = lnFte;
            x[(2 * t) + 1] = Math.Max(0, firstYear + t - founded);
        }
    }

    private static List<DidEstimateRecord> Records(string outcome, DidResult result)
    {
        var z = Distributions.NormalQuantile(0.975);
        var cells = result.GroupTimeEffects;
        var rows = new List<DidEstimateRecord>(cells.Count + 32);
        foreach (var c in cells)
        {
            rows.Add(new DidEstimateRecord(
                outcome, DidEstimand.AttGt, c.Group, c.Time, c.EventTime, c.Att, c.Se, c.BandLower, c.BandUpper, c.Treated, c.Controls));
        }

        var post = cells.Where(c => c.IsPostTreatment).ToArray();
        var cohortSize = post.GroupBy(c => c.Group).ToDictionary(grp => grp.Key, grp => grp.Max(c => c.Treated));
        var allTreated = cohortSize.Values.Sum();
        var allControls = cells.Count == 0 ? 0 : cells.Max(c => c.Controls);
        foreach (var e in result.Dynamic.Elements)
        {
            var at = cells.Where(c => c.EventTime == e.Element).ToArray();
            rows.Add(new DidEstimateRecord(
                outcome, DidEstimand.Dynamic, null, null, e.Element, e.Att, e.Se, e.BandLower, e.BandUpper,
                at.Sum(c => c.Treated), at.Length == 0 ? 0 : at.Max(c => c.Controls)));
        }

        rows.Add(Overall(outcome, DidEstimand.Dynamic, result.Dynamic, z, allTreated, allControls));
        foreach (var e in result.Group.Elements)
        {
            var of = post.Where(c => c.Group == e.Element).ToArray();
            rows.Add(new DidEstimateRecord(
                outcome, DidEstimand.Group, e.Element, null, null, e.Att, e.Se, e.BandLower, e.BandUpper,
                cohortSize.GetValueOrDefault(e.Element), of.Length == 0 ? 0 : of.Max(c => c.Controls)));
        }

        rows.Add(Overall(outcome, DidEstimand.Group, result.Group, z, allTreated, allControls));
        rows.Add(Overall(outcome, DidEstimand.Simple, result.Simple, z, allTreated, allControls));
        return rows;
    }

    private static DidEstimateRecord Overall(
        string outcome, DidEstimand estimand, DidAggregation a, double z, int treated, int controls) =>
        new(outcome, estimand, null, null, null, a.Overall, a.OverallSe, a.Overall - (z * a.OverallSe), a.Overall + (z * a.OverallSe), treated, controls);

    /// <summary>A message for an outcome that could not be estimated.</summary>
    public static string Failure(ImpactOutcome outcome, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{outcome.Name()} could not be estimated by difference-in-differences because: {reason}");

    private sealed record Sample(Func<BalancedPanel> Build, int Treated, int Pool, int TreatedDropped, int PoolDropped);
}
