using System.Globalization;
using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Counterfactual;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The chapter on causal effects (all clusters pooled, as <see cref="ClusterImpact"/> estimates them): when the run
/// computed none, one paragraph that says so; otherwise who is treated, the DiD and PSM estimates, the DiD effect on
/// productivity beside the descriptive premium of the same firms, the event study, the balance table and love plot,
/// and the estimators' notes. Effects are log points shown as percentages, e^b − 1.
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

        var nl = context.Input.Language == ReportLanguage.Dutch;
        var impact = section.Impact;
        document.PageBreak().Heading(texts.Causal).Paragraph(texts.CausalIntro).Paragraph(Treatment(context, impact, nl));
        document.Table(CounterfactualReportTables.Estimates(context, impact, nl));
        if (Comparison(context, section, nl) is { } comparison)
        {
            document.Paragraph(comparison);
        }

        if (EventStudy(context, impact, nl) is { } eventStudy)
        {
            charts.Add(eventStudy);
            document.Chart(eventStudy);
        }

        if (impact.Balance.Length > 0)
        {
            document.Table(CounterfactualReportTables.Balance(context, impact, nl));
            var rows = impact.Balance.Where(b => b.SmdBefore is not null && b.SmdAfter is not null)
                .Select(b => new BalanceRow(b.Covariate, b.SmdBefore!.Value, b.SmdAfter!.Value)).ToArray();
            if (rows.Length > 0)
            {
                var love = new LovePlotChart
                {
                    Title = nl ? "Balans van de covariaten vóór en na matching" : "Covariate balance before and after matching",
                    Unit = nl ? "gestandaardiseerd verschil in gemiddelden" : "standardised mean difference",
                    FirmCount = impact.Psm?.TreatedInTable ?? impact.Counts.Treated,
                    FileName = "impact_balance",
                    Rows = rows,
                };
                charts.Add(love);
                document.Chart(love, 0.55);
            }
        }

        if (impact.Notes.Length > 0)
        {
            document.Paragraph(nl ? "Opmerkingen van de schatters:" : "Notes from the estimators:")
                .Bullets([.. impact.Notes.Select(n => ImpactNoteWording.Of(n, context.Culture))]);
        }
    }

    public static string Effect(double logPoints, ReportCulture culture) => culture.SignedPercent(Math.Exp(logPoints) - 1.0);

    public static string Interval(double low, double high, ReportCulture culture, bool nl) =>
        Effect(low, culture) + (nl ? " tot " : " to ") + Effect(high, culture);

    private static string Treatment(RunContext context, ClusterImpactResult impact, bool nl)
    {
        var c = context.Culture;
        var counts = impact.Counts;
        var cohorts = impact.Cohorts.Length == 0
            ? string.Empty
            : ReportCulture.Period(impact.Cohorts[0].Year, impact.Cohorts[^1].Year);
        return RunTexts.Fill(nl
                ? "Behandeld zijn de {0} ondernemingen die tijdens de studieperiode voor het eerst lid werden (toetredingsjaren {1}){2}. De vergelijkingsgroep bestaat uit {3} ondernemingen die nooit lid waren, in dezelfde {4} NACE-afdelingen."
                : "Treated are the {0} firms that first joined during the study period (joining years {1}){2}. The comparison group consists of {3} firms that never were members, in the same {4} NACE divisions.",
            c.WholeNumber(counts.Treated), cohorts,
            counts.AlreadyMembers == 0 ? string.Empty : RunTexts.Fill(nl
                ? "; {0} ondernemingen waren al lid in het eerste jaar en tellen niet mee"
                : "; {0} firms were already members in the first year and do not count", c.WholeNumber(counts.AlreadyMembers)),
            c.WholeNumber(counts.ComparisonPool),
            c.WholeNumber(counts.Divisions));
    }

    /// <summary>The DiD effect on ln LP beside the descriptive premium of the same firms; in the findings too.</summary>
    public static string? Comparison(RunContext context, CounterfactualSection section, bool nl)
    {
        var did = section.Impact.Simple(ImpactOutcome.LnLabourProductivity);
        var same = section.SameFirms;
        if (did is null || same is not { MeanLogRatio: { } premium } || same.Firms < context.Input.Settings.Disclosure.MinFirms)
        {
            return null;
        }

        var c = context.Culture;
        var interval = same is { CiLow: { } low, CiHigh: { } high } ? Interval(low, high, c, nl) : "–";
        return RunTexts.Fill(nl
                ? "Het geschatte oorzakelijk effect van het lidmaatschap op de productiviteit is {0} (95\u00A0%-interval {1}). Dezelfde {2} leden lagen beschrijvend {3} boven hun sectorbenchmark (95\u00A0%-interval {4}): het verschil tussen beide cijfers is grotendeels selectie, geen effect van het lidmaatschap."
                : "The estimated causal effect of membership on productivity is {0} (95% interval {1}). Descriptively, the same {2} members lay {3} above their sector benchmark (95% interval {4}): the gap between the two figures is largely selection, not an effect of membership.",
            Effect(did.Estimate, c), Interval(did.CiLow, did.CiHigh, c, nl), c.WholeNumber(same.Firms), Effect(premium, c), interval);
    }

    private static EventStudyChart? EventStudy(RunContext context, ClusterImpactResult impact, bool nl)
    {
        var points = impact.Did
            .Where(r => r.Outcome == Productivity && r.Estimand == DidEstimand.Dynamic && r.EventTime is not null)
            .OrderBy(r => r.EventTime)
            .Select(r => new EventStudyPoint(r.EventTime!.Value, Math.Exp(r.Estimate) - 1.0, Math.Exp(r.CiLow) - 1.0, Math.Exp(r.CiHigh) - 1.0))
            .ToArray();
        if (points.Length == 0)
        {
            return null;
        }

        var sample = impact.DidSamples.FirstOrDefault(s => s.Outcome == Productivity);
        var pretest = sample is { PretestW: { } w, PretestDf: { } df, PretestP: { } p }
            ? RunTexts.Fill(nl ? "Pretest parallelle trends: W = {0}, df = {1}, p {2}." : "Parallel-trends pre-test: W = {0}, df = {1}, p {2}.",
                context.Culture.Number(w, 2), df.ToString(CultureInfo.InvariantCulture),
                p < 0.001 ? "< " + context.Culture.Number(0.001, 3) : "= " + context.Culture.Number(p, 3)) + "\n"
            : string.Empty;
        return new EventStudyChart
        {
            Title = nl ? "Effect van het lidmaatschap op de productiviteit per jaar t.o.v. toetreding"
                       : "Effect of membership on productivity by year relative to joining",
            Unit = nl ? "% verschil met de vergelijkingsgroep (95\u00A0%-band)" : "% difference from the comparison group (95% band)",
            FirmCount = (sample?.TreatedFirms ?? 0) + (sample?.ComparisonFirms ?? 0),
            FirmCountText = sample is null ? null : RunTexts.Fill(nl ? "N = {0} leden en {1} vergelijkingsondernemingen" : "N = {0} members and {1} comparison firms",
                context.Culture.WholeNumber(sample.TreatedFirms), context.Culture.WholeNumber(sample.ComparisonFirms)),
            FileName = "impact_event_study",
            Points = points,
            ValuesAreShares = true,
            Source = pretest.Length == 0 ? null : pretest + context.Culture.Texts.SourceLine,
        };
    }
}
