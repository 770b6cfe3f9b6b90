using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>
/// The first implementation of <see cref="PsmTable.Build"/>, kept verbatim as the reference: one object per candidate
/// firm-year with its covariates and outcome changes, filtered and turned into columns. The columnar build must give
/// the same table (every column bit for bit), summary and notes.
/// </summary>
internal static class ReferencePsmTable
{
    private const double MaxMissingShare = PsmTable.MaxMissingShare;

    private const string Treatment = PsmTable.Treatment;

    private static readonly string[] AllCovariates = ["ln_va", "ln_fte", "lp", "age", "capital_intensity"];

    private static string OutcomeColumn(ImpactOutcome outcome) => PsmTable.OutcomeColumn(outcome);

    public static (CovariateTable Table, PsmSummary Summary, List<ImpactNote> Notes) Build(
        FirmPanel panel, FirmMeasures measures, TreatmentAssignment assignment, ClusterImpactSettings settings, int lastYear)
    {
        var cohorts = new SortedSet<int>();
        var candidates = new List<Candidate>();
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
            else if (Candidate.TryCreate(panel, measures, f, g, true, settings.MinFte) is { } c)
            {
                candidates.Add(c);
                cohorts.Add(g);
            }
            else
            {
                treatedMissing++;
            }
        }

        for (var f = 0; f < panel.FirmCount; f++)
        {
            if (assignment.FirmCohort[f] != 0)
            {
                continue;
            }

            foreach (var g in cohorts)
            {
                if (Candidate.TryCreate(panel, measures, f, g, false, settings.MinFte) is { } c)
                {
                    candidates.Add(c);
                }
            }
        }

        var notes = new List<ImpactNote>();
        var used = new List<string>();
        var (treatedShare, controlShare) = MissingShares(candidates);
        for (var j = 0; j < AllCovariates.Length; j++)
        {
            var share = Math.Max(treatedShare[j], controlShare[j]);
            if (share > MaxMissingShare)
            {
                notes.Add(new ImpactNote("psm", null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"covariate {AllCovariates[j]} left out of the propensity model: missing at g - 1 for {share:P0} of the treated or control firms (more than {MaxMissingShare:P0}).")));
            }
            else
            {
                used.Add(AllCovariates[j]);
            }
        }

        var usedIndex = used.Select(u => Array.IndexOf(AllCovariates, u)).ToArray();
        var rows = candidates.Where(c => usedIndex.All(j => c.Covariates[j] is not null)).ToList();
        treatedMissing += candidates.Count(c => c.Treated) - rows.Count(c => c.Treated);

        var table = CovariateTable.Empty.AddNumeric(Treatment, rows.Select(r => r.Treated ? 1.0 : 0.0));
        foreach (var j in usedIndex)
        {
            table = table.AddNumeric(AllCovariates[j], rows.Select(r => r.Covariates[j]!.Value));
        }

        foreach (ImpactOutcome outcome in Enum.GetValues<ImpactOutcome>())
        {
            table = table.AddNumeric(OutcomeColumn(outcome), rows.Select(r => r.Changes[(int)outcome]));
        }

        foreach (var column in settings.Psm.Exact.Distinct())
        {
            table = table.AddCategorical(column.Name(), rows.Select(r => ExactValue(panel, assignment, r, column)));
        }

        var summary = new PsmSummary(
            treatedFirms, noFollowUp, treatedMissing, rows.Count(r => r.Treated), rows.Count(r => !r.Treated),
            [.. used], [.. settings.Psm.Exact.Distinct().Select(e => e.Name())]);
        return (table, summary, notes);
    }

    // Per covariate, the share of the treated and of the control candidates it is missing for (0 without candidates).
    private static (double[] Treated, double[] Control) MissingShares(List<Candidate> candidates)
    {
        int treated = 0, control = 0;
        var missingTreated = new int[AllCovariates.Length];
        var missingControl = new int[AllCovariates.Length];
        foreach (var c in candidates)
        {
            var missing = c.Treated ? missingTreated : missingControl;
            if (c.Treated)
            {
                treated++;
            }
            else
            {
                control++;
            }

            for (var j = 0; j < missing.Length; j++)
            {
                missing[j] += c.Covariates[j] is null ? 1 : 0;
            }
        }

        static double[] Shares(int[] missing, int n) => [.. missing.Select(m => n == 0 ? 0 : (double)m / n)];
        return (Shares(missingTreated, treated), Shares(missingControl, control));
    }

    private static string ExactValue(FirmPanel panel, TreatmentAssignment assignment, Candidate c, ExactColumn column) => column switch
    {
        ExactColumn.NaceDivision => assignment.FirmDivision[c.Firm],
        ExactColumn.Cohort => c.Cohort.ToString(CultureInfo.InvariantCulture),
        ExactColumn.NaceGroup => TreatmentAssignment.CodeAt(panel.NaceOf(c.Firm), NaceLevel.Group),
        ExactColumn.NaceClass => TreatmentAssignment.CodeAt(panel.NaceOf(c.Firm), NaceLevel.Class),
        ExactColumn.Region => panel.RegionTable[panel.FirmRegion[c.Firm]],
        ExactColumn.NaceSection => TreatmentAssignment.CodeAt(panel.NaceOf(c.Firm), NaceLevel.Section),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column"),
    };

    /// <summary>A firm at g − 1: covariates (null where missing) and the outcomes' changes to g + 1.</summary>
    private sealed record Candidate(int Firm, int Cohort, bool Treated, double?[] Covariates, double[] Changes)
    {
        private static readonly ImpactOutcome[] Outcomes = Enum.GetValues<ImpactOutcome>();

        public static Candidate? TryCreate(FirmPanel panel, FirmMeasures measures, int f, int g, bool treated, double minFte)
        {
            var before = panel.FindRow(f, g - 1);
            var after = before < 0 ? -1 : panel.FindRow(f, g + 1);
            if (after < 0)
            {
                return null;
            }

            var changes = new double[3];
            foreach (var outcome in Outcomes)
            {
                if (!OutcomeValues.TryGet(measures, outcome, before, minFte, out var y0)
                    || !OutcomeValues.TryGet(measures, outcome, after, minFte, out var y1))
                {
                    return null;
                }

                changes[(int)outcome] = y1 - y0;
            }

            // Every outcome present at g − 1 implies VA > 0 and a valid LP there.
            var present = measures.Present[before];
            double?[] covariates =
            [
                Math.Log(measures.Va[before]),
                Math.Log(measures.Fte[before]),
                measures.Lp[before] / 1000,
                panel.FirmFounded[f] is { } founded ? Math.Max(0, g - 1 - founded) : null,
                (present & MeasureSet.CapitalIntensity) != 0 ? measures.CapitalIntensity[before] / 1000 : null,
            ];
            return new Candidate(f, g, treated, covariates, changes);
        }
    }
}
