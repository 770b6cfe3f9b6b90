using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The method annex: the data and their sources, the formula ids and definitions (METHODS §3–5), the benchmark
/// definition with the N per cell, and the disclosure rules with what they suppressed. Texts in both languages;
/// every setting is read from the run's settings.
/// </summary>
internal static class MethodAnnex
{
    public static void Add(ReportDocumentBuilder document, RunContext context)
    {
        var nl = context.Input.Language == ReportLanguage.Dutch;
        var culture = context.Culture;
        var settings = context.Input.Settings;
        document.MethodAnnex();

        document.Heading(nl ? "Gegevens en bronnen" : "Data and sources", 2)
            .Paragraph(nl
                ? RunTexts.Fill("De analyse steunt op {0} ondernemingen met samen {1} jaarrekeningen (onderneming-jaren), "
                    + "periode {2}. Clusterlidmaatschap volgt uit de ledenlijsten (begin- en eindjaar per lid).",
                    culture.WholeNumber(context.Input.Counts.Firms), culture.WholeNumber(context.Input.Counts.FirmYears), Period(context))
                : RunTexts.Fill("The analysis rests on {0} firms with {1} annual accounts (firm-years) together, period "
                    + "{2}. Cluster membership comes from the membership lists (first and last year per member).",
                    culture.WholeNumber(context.Input.Counts.Firms), culture.WholeNumber(context.Input.Counts.FirmYears), Period(context)))
            .Bullets([.. context.Input.DataSources]);

        document.Heading(nl ? "Maatstaven" : "Measures", 2).Bullets(Measures(settings, culture, nl));
        document.Heading(nl ? "Sectorbenchmarks" : "Sector benchmarks", 2)
            .Bullets(Benchmark(settings.Benchmark, culture, nl))
            .Table(BenchmarkCellTable.Build(context));
        document.Heading(nl ? "Vergelijking van leden en premies" : "Member comparison and premiums", 2)
            .Bullets(Comparison(settings, culture, nl));
        document.Heading(nl ? "Geheimhouding" : "Disclosure control", 2)
            .Bullets(Disclosure(settings.Disclosure, culture, nl))
            .Table(SuppressionTable.Build(context));
    }

    private static string Period(RunContext context) => ReportCulture.Period(context.Result.FirstYear, context.Result.LastYear);

    private static string[] Measures(EvaluationSettings settings, ReportCulture culture, bool nl)
    {
        var m = settings.Measures;
        var va = m.ValueAddedFormula == ValueAddedFormulas.Given
            ? (nl ? "Toegevoegde waarde (TW), formule va.given: de toegevoegde waarde zoals de invoer ze geeft."
                  : "Value added (VA), formula va.given: value added as the input gives it.")
            : (nl ? "Toegevoegde waarde (TW), formule va.gross-margin: volledig schema 70 + 71 + 72 + 74 − 60 − 61; "
                    + "verkort en micro schema 9900 − 76A."
                  : "Value added (VA), formula va.gross-margin: full scheme 70 + 71 + 72 + 74 − 60 − 61; abbreviated "
                    + "and micro schemes 9900 − 76A.")
              + (m.ExcludeSubsidies
                  ? (nl ? " Exploitatiesubsidies (740) worden afgetrokken waar ze gerapporteerd zijn."
                        : " Operating subsidies (740) are subtracted where reported.")
                  : (nl ? " Exploitatiesubsidies (740) worden niet afgetrokken."
                        : " Operating subsidies (740) are not subtracted."));
        var fte = string.Join(nl ? ", anders " : ", else ", m.FteSources.Select(r => r.Code()));
        return
        [
            va,
            nl ? RunTexts.Fill("Werkgelegenheid in voltijdse equivalenten (VTE): rubriek {0}.", fte)
               : RunTexts.Fill("Employment in full-time equivalents (FTE): code {0}.", fte),
            nl ? RunTexts.Fill("Arbeidsproductiviteit (lp) = TW / VTE, alleen waar VTE ≥ {0}; kleinere ondernemingen tellen "
                    + "wel mee in de totalen van TW en werkgelegenheid.", culture.Number(m.MinFte, 1))
               : RunTexts.Fill("Labour productivity (lp) = VA / FTE, only where FTE ≥ {0}; smaller firms still count in "
                    + "the VA and employment totals.", culture.Number(m.MinFte, 1)),
            settings.Deflators is null
                ? (nl ? "Bedragen in lopende euro (niet gedefleerd)." : "Amounts in current euros (not deflated).")
                : (nl ? "Bedragen in reële termen: gedeeld door een prijsindex per NACE-afdeling en jaar (basisjaar = 100)."
                      : "Amounts in real terms: divided by a price index per NACE division and year (base year = 100)."),
        ];
    }

    private static string[] Benchmark(BenchmarkSettings b, ReportCulture culture, bool nl)
    {
        var texts = RunTexts.For(culture.Language);
        var statistic = b.Statistic switch
        {
            BenchmarkStatistic.Mean => nl ? "het gemiddelde (na de behandeling van uitschieters)" : "the mean (after the outlier rule)",
            BenchmarkStatistic.Ratio => nl ? "de verhouding ΣTW/ΣVTE van de cel (ruwe sommen)" : "the cell's ratio ΣVA/ΣFTE (raw sums)",
            _ => nl ? "de mediaan" : "the median",
        };
        var outliers = b.Outliers.Method switch
        {
            OutlierMethod.None => nl ? "Uitschieters: geen behandeling." : "Outliers: no treatment.",
            OutlierMethod.Trim => RunTexts.Fill(nl
                    ? "Uitschieters: waarden buiten P{0}–P{1} van de cel worden weggelaten vóór gemiddelde en kwantielen; ΣTW/ΣVTE gebruikt ruwe sommen."
                    : "Outliers: values outside P{0}–P{1} of the cell are dropped before mean and quantiles; ΣVA/ΣFTE uses raw sums.",
                Pct(b.Outliers.Low, culture), Pct(b.Outliers.High, culture)),
            _ => RunTexts.Fill(nl
                    ? "Uitschieters: gewinsoriseerd op P{0}/P{1} binnen de cel vóór gemiddelde en kwantielen; ΣTW/ΣVTE gebruikt ruwe sommen."
                    : "Outliers: winsorised at P{0}/P{1} within the cell before mean and quantiles; ΣVA/ΣFTE uses raw sums.",
                Pct(b.Outliers.Low, culture), Pct(b.Outliers.High, culture)),
        };
        return
        [
            nl ? RunTexts.Fill("Benchmarkcel: NACE Rev. 2-{0} × jaar. Kwantielen (mediaan inbegrepen) zijn van type 7 "
                    + "(lineaire interpolatie, zoals R, NumPy en Excel PERCENTILE.INC).", texts.Level(b.Level))
               : RunTexts.Fill("Benchmark cell: NACE Rev. 2 {0} × year. Quantiles (the median included) are type 7 "
                    + "(linear interpolation, as in R, NumPy and Excel PERCENTILE.INC).", texts.Level(b.Level)),
            b.ExcludeMembers
                ? (nl ? "Populatie: alle ondernemingen van de cel met een geldige productiviteit, clusterleden uitgezonderd."
                      : "Population: every firm of the cell with a valid productivity, cluster members excluded.")
                : (nl ? "Populatie: alle ondernemingen van de cel met een geldige productiviteit, clusterleden inbegrepen."
                      : "Population: every firm of the cell with a valid productivity, cluster members included."),
            nl ? RunTexts.Fill("Leden worden vergeleken met {0} (B) van hun cel.", statistic)
               : RunTexts.Fill("Members are compared with {0} (B) of their cell.", statistic),
            outliers,
            nl ? RunTexts.Fill("Kleine cellen: heeft een cel minder dan {0} ondernemingen (min_cell), dan geldt het "
                    + "bovenliggende niveau (klasse → groep → afdeling → sectie); het gebruikte niveau wordt per lid "
                    + "bijgehouden. De tabel hieronder geeft het aantal ondernemingen per cel.", culture.WholeNumber(b.MinCell))
               : RunTexts.Fill("Small cells: when a cell has fewer than {0} firms (min_cell), the parent level applies "
                    + "(class → group → division → section); the level used is recorded per member. The table below "
                    + "gives the number of firms per cell.", culture.WholeNumber(b.MinCell)),
        ];
    }

    private static string[] Comparison(EvaluationSettings settings, ReportCulture culture, bool nl) => nl
        ?
        [
            "Per lid en jaar: delta_abs = lp − B; delta_rel = lp / B − 1; log_ratio = ln(lp / B), alleen waar lp > 0 en "
                + "B > 0; percentile = het midrank-aandeel van de benchmarkondernemingen van de cel met een lagere lp.",
            "cluster_lp = ΣTW / ΣVTE over de leden met een geldige lp; expected_lp = Σ VTE_i·B_i / Σ VTE_i (wat de leden "
                + "zouden halen aan de productiviteit van hun sectoren); premium_adjusted = cluster_lp / expected_lp − 1, "
                + "beide over de leden met lp en benchmark. Dit is het kopcijfer (‘premie’).",
            RunTexts.Fill("mean_log_ratio = het gemiddelde van log_ratio, met een 95\u00A0%-interval uit een bootstrap die "
                + "leden trekt met teruglegging ({0} replicaties, seed {1}). Het typische lid = e^mean_log_ratio − 1, "
                + "het meetkundig gemiddelde van lp / B.",
                culture.WholeNumber(settings.Bootstrap.Replicates), settings.Bootstrap.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "share_above_median = het aandeel leden met een lp strikt boven de mediaan van hun cel; median_delta_rel = "
                + "de mediaan van delta_rel.",
            RunTexts.Fill("Verdeling: kwantielen (P10, P25, mediaan, P75, P90) van het percentiel van de leden, alleen "
                + "gepubliceerd voor een cluster en jaar met minstens {0} leden.", culture.WholeNumber(settings.Disclosure.MinFirms)),
            "Indexreeksen (eerste jaar = 100): kettingindex van de groei van t−1 naar t van de leden die in beide jaren "
                + "lid zijn (blijvers), tegenover de niet-leden in dezelfde NACE-cellen, elke cel gewogen met de TW (VTE) "
                + "van de blijvers in t−1.",
            "Ledenstromen: blijvers (lid in t−1 en t), nieuwkomers (lid in t, niet in t−1) en uittreders (lid in t−1, niet "
                + "in t; gemeten in t−1).",
        ]
        :
        [
            "Per member and year: delta_abs = lp − B; delta_rel = lp / B − 1; log_ratio = ln(lp / B), only where lp > 0 "
                + "and B > 0; percentile = the mid-rank share of the cell's benchmark firms with a lower lp.",
            "cluster_lp = ΣVA / ΣFTE over members with a valid lp; expected_lp = Σ FTE_i·B_i / Σ FTE_i (what members "
                + "would produce at their sectors' productivity); premium_adjusted = cluster_lp / expected_lp − 1, both "
                + "over members with lp and a benchmark. This is the headline figure (‘premium’).",
            RunTexts.Fill("mean_log_ratio = the mean of log_ratio, with a 95% interval from a bootstrap that resamples "
                + "members with replacement ({0} replicates, seed {1}). The typical member = e^mean_log_ratio − 1, the "
                + "geometric mean of lp / B.",
                culture.WholeNumber(settings.Bootstrap.Replicates), settings.Bootstrap.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "share_above_median = the share of members with an lp strictly above their cell's median; median_delta_rel "
                + "= the median of delta_rel.",
            RunTexts.Fill("Distribution: quantiles (P10, P25, median, P75, P90) of the members' percentile, published only "
                + "for a cluster and year with at least {0} members.", culture.WholeNumber(settings.Disclosure.MinFirms)),
            "Index series (first year = 100): a chain index of the growth from t−1 to t of firms that are members in both "
                + "years (staying), against non-members in the same NACE cells, each cell weighted by the staying "
                + "members' VA (FTE) in t−1.",
            "Membership flows: staying (member in t−1 and t), new (member in t, not in t−1) and exiting (member in t−1, "
                + "not in t; measured in t−1).",
        ];

    private static string[] Disclosure(DisclosureSettings d, ReportCulture culture, bool nl) => nl
        ?
        [
            RunTexts.Fill("Een gepubliceerde cel wordt geheimgehouden als ze minder dan {0} ondernemingen telt "
                + "(min-firms), of als haar twee grootste ondernemingen meer dan {1} van haar TW hebben (dominance).",
                culture.WholeNumber(d.MinFirms), culture.Percent(d.Dominance, 0)),
            "Daarna worden zoveel andere cellen geheimgehouden (secondary) dat geen geheime waarde uit totalen of "
                + "verschillen terug te rekenen is. Aantallen leden worden altijd gepubliceerd.",
            "Geheime cellen staan als ‘x’ in tabellen en ontbreken in grafieken. Cijfers per onderneming staan nooit in "
                + "dit rapport of in tables.xlsx; alleen in de aparte map confidential/.",
        ]
        :
        [
            RunTexts.Fill("A published cell is suppressed when it has fewer than {0} firms (min-firms), or when its two "
                + "largest firms hold more than {1} of its VA (dominance).",
                culture.WholeNumber(d.MinFirms), culture.Percent(d.Dominance, 0)),
            "Then enough other cells are suppressed (secondary) that no suppressed value can be recovered from totals "
                + "or differences. Member counts are always published.",
            "Suppressed cells show as ‘x’ in tables and are left out of charts. Firm-level figures never appear in this "
                + "report or in tables.xlsx; only in the separate folder confidential/.",
        ];

    private static string Pct(double share, ReportCulture culture) =>
        culture.Number(share * 100.0, Math.Abs((share * 100.0) - Math.Round(share * 100.0)) < 1e-9 ? 0 : 1);
}
