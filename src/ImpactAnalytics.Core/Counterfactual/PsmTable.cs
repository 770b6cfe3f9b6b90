using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Builds the matching table of the cluster evaluation. Treated: each treated firm at g − 1. Controls: each
/// comparison-pool firm-year of every calendar year g − 1 in which a cohort g has treated firms, tagged with that
/// cohort (so exact matching on cohort compares firms in the same year). Covariates at g − 1: ln VA, ln FTE, LP and
/// capital intensity in thousands of euros (per FTE), age in years. A covariate missing for more than
/// <see cref="MaxMissingShare"/> of the treated or of the control candidates is dropped (with a note) rather than
/// shrinking the table; rows missing a kept covariate are dropped.
/// </summary>
internal static class PsmTable
{
    /// <summary>Largest share of candidates a covariate may be missing for before it is dropped.</summary>
    public const double MaxMissingShare = 0.10;

    public const string Treatment = "treated";

    private static readonly string[] AllCovariates = ["ln_va", "ln_fte", "lp", "age", "capital_intensity"];

    public static string OutcomeColumn(ImpactOutcome outcome) => "d_" + outcome.Name();

    public static (CovariateTable Table, PsmSummary Summary, List<ImpactNote> Notes) Build(
        FirmPanel panel, FirmMeasures measures, TreatmentAssignment assignment, ClusterImpactSettings settings, int lastYear) =>
        BuildFromMasks(panel, measures, assignment, settings, lastYear, OutcomeValues.Masks(measures, settings.MinFte));

    /// <summary><see cref="Build"/> with the panel's <see cref="OutcomeValues.Masks"/> at the settings' min_fte given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (CovariateTable Table, PsmSummary Summary, List<ImpactNote> Notes) BuildFromMasks(
        FirmPanel panel, FirmMeasures measures, TreatmentAssignment assignment, ClusterImpactSettings settings, int lastYear, byte[] rowMasks)
    {
        var cohorts = new SortedSet<int>();
        var candidates = new PsmCandidates(panel, measures, rowMasks);
        int treatedFirms = 0, noFollowUp = 0, treatedMissing = 0;
        for (var f = 0; f < panel.FirmCount; f++)
        {
            var g = assignment.FirmCohort[f];
            if (g <= 0)
            {
                continue;
            }

            treatedFirms++;
            if (g + 1 > lastYear)
            {
                noFollowUp++;
            }
            else if (candidates.TryAdd(f, g))
            {
                cohorts.Add(g);
            }
            else
            {
                treatedMissing++;
            }
        }

        var treatedCandidates = candidates.Count;
        var cohortList = cohorts.ToArray();
        var poolFirms = assignment.FirmCohort.Count(g => g == 0);
        candidates.Reserve(treatedCandidates + ((long)poolFirms * cohortList.Length));
        for (var f = 0; f < panel.FirmCount; f++)
        {
            if (assignment.FirmCohort[f] != 0)
            {
                continue;
            }

            foreach (var g in cohortList)
            {
                candidates.TryAdd(f, g);
            }
        }

        var notes = new List<ImpactNote>();
        var used = new List<string>();
        var (treatedShare, controlShare) = MissingShares(candidates, treatedCandidates);
        for (var j = 0; j < AllCovariates.Length; j++)
        {
            var share = Math.Max(treatedShare[j], controlShare[j]);
            if (share > MaxMissingShare)
            {
                notes.Add(new ImpactNote("psm", null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"covariate {AllCovariates[j]} left out of the propensity model: missing at g - 1 for {share:P0} of the treated or control firms (more than {MaxMissingShare:P0})."))
                {
                    Kind = ImpactNoteKind.CovariateLeftOut,
                    Subject = AllCovariates[j],
                    Values = [share, MaxMissingShare],
                });
            }
            else
            {
                used.Add(AllCovariates[j]);
            }
        }

        var usedIndex = used.Select(u => Array.IndexOf(AllCovariates, u)).ToArray();
        var usedMask = usedIndex.Aggregate(0, (mask, j) => mask | (1 << j));
        var rows = candidates.Complete(usedMask);
        var treatedRows = rows.Count(r => r < treatedCandidates);
        treatedMissing += treatedCandidates - treatedRows;

        var treatment = new double[rows.Length];
        for (var k = 0; k < treatedRows; k++)
        {
            treatment[k] = 1.0;
        }

        var (covariates, changes) = candidates.Fill(rows, [.. Enumerable.Range(0, AllCovariates.Length).Select(usedIndex.Contains)]);
        var table = CovariateTable.Empty.AddNumeric(Treatment, ImmutableCollectionsMarshal.AsImmutableArray(treatment));
        foreach (var j in usedIndex)
        {
            table = table.AddNumeric(AllCovariates[j], ImmutableCollectionsMarshal.AsImmutableArray(covariates[j]));
        }

        foreach (ImpactOutcome outcome in Enum.GetValues<ImpactOutcome>())
        {
            table = table.AddNumeric(OutcomeColumn(outcome), ImmutableCollectionsMarshal.AsImmutableArray(changes[(int)outcome]));
        }

        // One string per cohort (and per firm for the division), shared by its rows.
        var cohortTexts = cohortList.Length == 0 ? [] : new string[cohortList[^1] - cohortList[0] + 1];
        foreach (var g in cohortList)
        {
            cohortTexts[g - cohortList[0]] = g.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var column in settings.Psm.Exact.Distinct())
        {
            var values = new string[rows.Length];
            for (var k = 0; k < rows.Length; k++)
            {
                var (firm, cohort) = (candidates.Firm(rows[k]), candidates.Cohort(rows[k]));
                values[k] = column == ExactColumn.Cohort ? cohortTexts[cohort - cohortList[0]] : ExactValue(panel, assignment, firm, column);
            }

            table = table.AddCategorical(column.Name(), ImmutableCollectionsMarshal.AsImmutableArray(values));
        }

        var summary = new PsmSummary(
            treatedFirms, noFollowUp, treatedMissing, treatedRows, rows.Length - treatedRows,
            [.. used], [.. settings.Psm.Exact.Distinct().Select(e => e.Name())]);
        return (table, summary, notes);
    }

    // Per covariate, the share of the treated and of the control candidates it is missing for (0 without candidates).
    private static (double[] Treated, double[] Control) MissingShares(PsmCandidates candidates, int treated)
    {
        var control = candidates.Count - treated;
        var missingTreated = new int[AllCovariates.Length];
        var missingControl = new int[AllCovariates.Length];
        for (var c = 0; c < candidates.Count; c++)
        {
            var missing = c < treated ? missingTreated : missingControl;
            for (var j = 0; j < missing.Length; j++)
            {
                missing[j] += candidates.IsMissing(c, j) ? 1 : 0;
            }
        }

        static double[] Shares(int[] missing, int n) => [.. missing.Select(m => n == 0 ? 0 : (double)m / n)];
        return (Shares(missingTreated, treated), Shares(missingControl, control));
    }

    private static string ExactValue(FirmPanel panel, TreatmentAssignment assignment, int firm, ExactColumn column) => column switch
    {
        ExactColumn.NaceDivision => assignment.FirmDivision[firm],
        ExactColumn.NaceGroup => TreatmentAssignment.CodeAt(panel.NaceOf(firm), NaceLevel.Group),
        ExactColumn.NaceClass => TreatmentAssignment.CodeAt(panel.NaceOf(firm), NaceLevel.Class),
        ExactColumn.Region => panel.RegionTable[panel.FirmRegion[firm]],
        ExactColumn.NaceSection => TreatmentAssignment.CodeAt(panel.NaceOf(firm), NaceLevel.Section),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column"),
    };
}
