using ImpactAnalytics.Reporting.Counterfactual;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The chapter on causal effects: when the run computed none, one paragraph that says so; otherwise per cluster the
/// DiD and PSM estimates, the event study, the love plot, and the DiD effect on productivity set beside the
/// descriptive premium of the same firms.
/// </summary>
internal static class CounterfactualChapter
{
    private const string Productivity = "ln_lp";

    public static void Add(ReportDocumentBuilder document, RunContext context, List<ReportChart> charts)
    {
        var texts = context.Texts;
        if (context.Input.Counterfactual is not { } section)
        {
            document.Heading(texts.Causal).Paragraph(texts.CausalNotComputed);
            return;
        }

        document.PageBreak().Heading(texts.Causal);
        document.Paragraph(texts.CausalIntro);
        var nl = context.Input.Language == ReportLanguage.Dutch;
        foreach (var cluster in section.Clusters)
        {
            var label = context.Label(cluster.Cluster);
            var slug = RunContext.Slug(cluster.Cluster);
            document.Heading(label, 2).Table(Estimates(context, cluster, label, nl));
            if (Comparison(context, cluster, nl) is { } comparison)
            {
                document.Paragraph(comparison);
            }

            if (EventStudy(context, cluster, label, slug, nl) is { } eventStudy)
            {
                charts.Add(eventStudy);
                document.Chart(eventStudy);
            }

            var balanced = cluster.Balance.Where(b => b.SmdBefore is not null && b.SmdAfter is not null).ToArray();
            if (balanced.Length > 0)
            {
                var love = new LovePlotChart
                {
                    Title = RunTexts.Fill(nl ? "Balans van de covariaten vóór en na matching, {0}" : "Covariate balance before and after matching, {0}", label),
                    Unit = nl ? "gestandaardiseerd verschil in gemiddelden" : "standardised mean difference",
                    FirmCount = cluster.Psm.Select(p => (long)p.Treated + p.Controls).DefaultIfEmpty(cluster.TreatedFirms.Count).Max(),
                    FileName = slug + "_balance",
                    Rows = balanced.Select(b => new BalanceRow(b.Covariate, b.SmdBefore!.Value, b.SmdAfter!.Value)).ToArray(),
                };
                charts.Add(love);
                document.Chart(love, 0.55);
            }
        }
    }

    private static ReportTable Estimates(RunContext context, ClusterCounterfactual cluster, string label, bool nl)
    {
        var culture = context.Culture;
        var rows = cluster.Did.Select(e => Row("DiD", e, culture))
            .Concat(cluster.Psm.Select(e => Row("PSM", e, culture)))
            .ToArray();
        return new ReportTable
        {
            Id = "impact_" + RunContext.Slug(cluster.Cluster),
            Title = RunTexts.Fill(nl ? "Geschat effect van het lidmaatschap, {0}" : "Estimated effect of membership, {0}", label),
            Unit = nl ? "% verschil (e^b − 1) voor ln-uitkomsten" : "% difference (e^b − 1) for ln outcomes",
            Columns =
            [
                new(nl ? "Methode" : "Method"), new(nl ? "Uitkomst" : "Outcome"),
                new(nl ? "Effect" : "Effect"), new(context.Texts.ColInterval),
                new(context.Texts.ColMembers, CellFormat.WholeNumber), new(nl ? "Controles" : "Controls", CellFormat.WholeNumber),
            ],
            Rows = rows,
            Notes =
            [
                nl ? "DiD: Callaway & Sant'Anna (2021), doubly robust, nooit-leden als controlegroep. PSM: nearest neighbour op de propensity score."
                   : "DiD: Callaway & Sant'Anna (2021), doubly robust, never-members as controls. PSM: nearest neighbour on the propensity score.",
            ],
        };
    }

    private static TableRow Row(string method, ImpactEstimate e, ReportCulture culture) => new(
    [
        method, e.Outcome, Effect(e.Outcome, e.Estimate, culture),
        Effect(e.Outcome, e.Low, culture) + " \u2013 " + Effect(e.Outcome, e.High, culture),
        e.Treated, e.Controls,
    ]);

    private static string Effect(string outcome, double value, ReportCulture culture) =>
        IsLog(outcome) ? culture.SignedPercent(Math.Exp(value) - 1.0) : culture.Number(value, 3);

    private static bool IsLog(string outcome) => outcome.StartsWith("ln_", StringComparison.Ordinal);

    /// <summary>The DiD effect on ln_lp beside the typical-member premium of the same firms over their member years.</summary>
    private static string? Comparison(RunContext context, ClusterCounterfactual cluster, bool nl)
    {
        var did = cluster.Did.FirstOrDefault(e => e.Outcome == Productivity);
        var treated = cluster.TreatedFirms.ToHashSet();
        var ratios = context.Result.MemberDeltas
            .Where(d => d.Cluster == cluster.Cluster && d.LogRatio is not null && treated.Contains(d.EnterpriseNumber))
            .ToArray();
        var firms = ratios.Select(d => d.EnterpriseNumber).Distinct().Count();
        if (did is null || firms < context.Input.Settings.Disclosure.MinFirms)
        {
            return null;
        }

        var culture = context.Culture;
        var premium = RunContext.Geometric(ratios.Average(d => d.LogRatio!.Value));
        return RunTexts.Fill(nl
                ? "Het geschatte effect van het lidmaatschap op de productiviteit is {0} (95 %-interval {1} tot {2}). Dezelfde {3} leden lagen als typisch lid {4} boven hun sectorbenchmark: het verschil tussen beide is vooral selectie, geen effect van het lidmaatschap."
                : "The estimated effect of membership on productivity is {0} (95% interval {1} to {2}). The same {3} members lay, as a typical member, {4} above their sector benchmark: the gap between the two is mostly selection, not an effect of membership.",
            culture.SignedPercent(Math.Exp(did.Estimate) - 1.0), culture.SignedPercent(Math.Exp(did.Low) - 1.0),
            culture.SignedPercent(Math.Exp(did.High) - 1.0), culture.WholeNumber(firms), culture.SignedPercent(premium));
    }

    private static EventStudyChart? EventStudy(RunContext context, ClusterCounterfactual cluster, string label, string slug, bool nl)
    {
        var outcome = cluster.EventStudy.Any(e => e.Outcome == Productivity)
            ? Productivity
            : cluster.EventStudy.Select(e => e.Outcome).FirstOrDefault();
        if (outcome is null)
        {
            return null;
        }

        var log = IsLog(outcome);
        double Scale(double v) => log ? Math.Exp(v) - 1.0 : v;
        var points = cluster.EventStudy.Where(e => e.Outcome == outcome).OrderBy(e => e.EventTime)
            .Select(e => e.StandardError > 0
                ? new EventStudyPoint(e.EventTime, Scale(e.Estimate), Scale(e.Low), Scale(e.High))
                : new EventStudyPoint(e.EventTime, Scale(e.Estimate), null, null))
            .ToArray();
        return new EventStudyChart
        {
            Title = RunTexts.Fill(nl ? "Effect van het lidmaatschap per jaar t.o.v. toetreding ({0}), {1}" : "Effect of membership by year relative to joining ({0}), {1}", outcome, label),
            Unit = log ? (nl ? "% verschil met de controlegroep" : "% difference from the control group") : outcome,
            FirmCount = cluster.Did.Where(e => e.Outcome == outcome).Select(e => (long)e.Treated + e.Controls)
                .DefaultIfEmpty(cluster.TreatedFirms.Count).Max(),
            FileName = slug + "_event_study",
            Points = points,
            ValuesAreShares = log,
        };
    }
}
