using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>The counterfactual chapter's tables: the headline estimates per outcome and the covariate balance.</summary>
internal static class CounterfactualReportTables
{
    public static ReportTable Estimates(RunContext context, ClusterImpactResult impact, bool nl)
    {
        var c = context.Culture;
        var rows = new List<TableRow>();
        foreach (var r in impact.Did.Where(r => r.Estimand == DidEstimand.Simple))
        {
            rows.Add(new TableRow(
            [
                nl ? "DiD (gemiddeld na toetreding)" : "DiD (average after joining)", r.Outcome,
                CounterfactualChapter.Effect(r.Estimate, c), CounterfactualChapter.Interval(r.CiLow, r.CiHigh, c, nl),
                r.NTreated, r.NControl,
            ]));
        }

        foreach (var r in impact.PsmEstimates)
        {
            rows.Add(new TableRow(
            [
                r.Method == PsmEffect.Regression
                    ? (nl ? "PSM (regressie, g−1 → g+1)" : "PSM (regression, g−1 → g+1)")
                    : (nl ? "PSM (verschil, g−1 → g+1)" : "PSM (difference, g−1 → g+1)"),
                r.Outcome, CounterfactualChapter.Effect(r.Estimate, c), CounterfactualChapter.Interval(r.CiLow, r.CiHigh, c, nl),
                r.NTreatedMatched, r.NControlsUsed,
            ]));
        }

        return new ReportTable
        {
            Id = "impact",
            Title = nl ? "Geschat effect van het lidmaatschap" : "Estimated effect of membership",
            Unit = nl ? "% verschil (e^b − 1)" : "% difference (e^b − 1)",
            Columns =
            [
                new(nl ? "Methode" : "Method"), new(nl ? "Uitkomst" : "Outcome"), new("Effect", CellFormat.Text),
                new(context.Texts.ColInterval), new(context.Texts.ColMembers, CellFormat.WholeNumber),
                new(nl ? "Vergelijking" : "Comparison", CellFormat.WholeNumber),
            ],
            Rows = rows,
            Notes =
            [
                nl ? "DiD: Callaway & Sant'Anna (2021) op het gebalanceerde panel, nooit-leden als vergelijkingsgroep. PSM: nearest neighbour op de propensity score in het jaar vóór toetreding; effect op de verandering van g−1 naar g+1. ln_va: toegevoegde waarde, ln_fte: VTE, ln_lp: productiviteit."
                   : "DiD: Callaway & Sant'Anna (2021) on the balanced panel, never-members as comparison group. PSM: nearest neighbour on the propensity score in the year before joining; effect on the change from g−1 to g+1. ln_va: value added, ln_fte: FTE, ln_lp: productivity.",
            ],
        };
    }

    public static ReportTable Balance(RunContext context, ClusterImpactResult impact, bool nl) => new()
    {
        Id = "balance",
        Title = nl ? "Balans van de matchingcovariaten" : "Balance of the matching covariates",
        Unit = nl ? "gestandaardiseerd verschil (SMD); variantieverhouding" : "standardised mean difference (SMD); variance ratio",
        FirmCount = impact.Psm?.TreatedInTable,
        Columns =
        [
            new(context.Culture.Texts.Covariate), new(nl ? "SMD vóór" : "SMD before", CellFormat.Number, 3),
            new(nl ? "SMD na" : "SMD after", CellFormat.Number, 3), new(nl ? "VR vóór" : "VR before", CellFormat.Number, 2),
            new(nl ? "VR na" : "VR after", CellFormat.Number, 2),
        ],
        Rows = impact.Balance.Select(b => new TableRow(
        [
            b.Covariate, TableCell.Of(b.SmdBefore), TableCell.Of(b.SmdAfter), TableCell.Of(b.VarianceRatioBefore),
            TableCell.Of(b.VarianceRatioAfter),
        ])).ToArray(),
    };
}
