namespace ImpactAnalytics.Reporting.Output;

internal sealed partial class RunTexts
{
    /// <summary>Dutch as written in Belgium.</summary>
    public static RunTexts Dutch { get; } = new()
    {
        AllClusters = "Alle clusters",
        Subtitle = "Toegevoegde waarde en productiviteit van de clusterleden tegenover hun sector",
        KeyFindings = "Kernbevindingen",
        Overview = "Overzicht per cluster",
        OverviewIntro = "De premie vergelijkt de arbeidsproductiviteit (toegevoegde waarde per VTE) van de leden met die "
            + "van de niet-leden in dezelfde NACE-sector en hetzelfde jaar. Het kopcijfer is de samengestelde premie: de "
            + "productiviteit van alle leden samen (ΣTW/ΣVTE) tegenover wat ze zouden halen aan de benchmark van hun "
            + "eigen sectoren, gewogen met hun VTE. Het typische lid is het meetkundig gemiddelde van de verhouding "
            + "lid/sector; daarvoor geeft een bootstrap een 95\u00A0%-interval. Beide zijn beschrijvend: ze meten hoe leden "
            + "verschillen, niet wat het lidmaatschap veroorzaakt.",
        Causal = "Oorzakelijk effect",
        CausalNotComputed = "De oorzakelijke schattingen (propensity score matching en gespreide "
            + "difference-in-differences) werden in deze run niet berekend. De premies in dit rapport zijn daarom "
            + "alleen beschrijvend: ze tonen hoe leden verschillen van hun sector, niet welk deel daarvan het "
            + "lidmaatschap veroorzaakt.",
        CausalIntro = "Dit hoofdstuk schat wat het lidmaatschap zelf veroorzaakt: leden worden vergeleken met "
            + "gelijkaardige niet-leden vóór en na hun toetreding. Effecten op logaritmische uitkomsten staan als "
            + "procentueel verschil (e^b − 1).",
        Above = "boven",
        Below = "onder",
        FindingPremium = "In {0} lag de productiviteit van de {1} vergeleken leden samen {2} {3} wat hun sectoren "
            + "deden verwachten (samengestelde premie).",
        FindingTypical = "Het typische lid lag {0} {1} zijn sectorbenchmark (95\u00A0%-interval {2}); {3} van de "
            + "leden deed het beter dan de mediaan van zijn sector.",
        FindingCaveat = "Let op: die premie is beschrijvend, geen impactschatting. Leden zijn groter, ouder en al "
            + "productiever voor ze toetreden, zodat een deel van het verschil ook zonder lidmaatschap zou bestaan.",
        FindingCaveatSeeCausal = " Het oorzakelijk effect staat in het hoofdstuk ‘Oorzakelijk effect’.",
        FindingCaveatNoCausal = " Oorzakelijke schattingen werden in deze run niet berekend.",
        FindingRange = "Over de clusters liep de samengestelde premie in {0} van {1} ({2}) tot {3} ({4}).",
        FindingTrend = "Voor alle clusters samen bedroeg de samengestelde premie {0} in {1} en {2} in {3}.",
        FindingIndex = "Van {0} tot {1} groeide de toegevoegde waarde van de blijvende leden met {2} (hun sectoren: "
            + "{3}) en hun werkgelegenheid met {4} (hun sectoren: {5}).",
        FindingMembers = "In {0} hadden {1} leden van minstens één cluster een jaarrekening: {2} blijvers en {3} "
            + "nieuwkomers; {4} leden van {5} waren geen lid meer.",
        FindingNone = "Geen enkel cijfer voor alle clusters samen kon gepubliceerd worden (te weinig leden of "
            + "geheimhouding).",
        ClusterIntro = "In {0} hadden {1} leden van {2} een jaarrekening; de productiviteit van de {3} vergeleken "
            + "leden lag samen {4} {5} wat hun sectoren deden verwachten.",
        ClusterIntroSuppressed = "In {0} hadden {1} leden van {2} een jaarrekening; hun cijfers worden niet "
            + "gepubliceerd (geheimhouding).",
        ClusterNoMembers = "{0} heeft in de studieperiode geen leden met een jaarrekening.",
        ChartOmitted = "{0}: geen grafiek, te weinig gepubliceerde cijfers.",
        OverviewTableTitle = "Kerncijfers per cluster, {0}",
        ClusterTableTitle = "Kerncijfers van {0} per jaar",
        KeyFigureUnit = "toegevoegde waarde in mln euro; productiviteit in euro per VTE; premies in %",
        KeyFigureNote = "Vergeleken: leden met een geldige productiviteit en een sectorbenchmark. Premie: "
            + "samengestelde premie (ΣTW/ΣVTE tegenover de VTE-gewogen benchmark). Typisch lid: e^(gemiddelde "
            + "log-verhouding) − 1, met een bootstrap-95\u00A0%-interval.",
        PremiumChartTitle = "Productiviteitspremie per cluster, {0}",
        PremiumChartClusterTitle = "Productiviteitspremie van {0} per jaar",
        PremiumUnit = "% boven de sectorbenchmark",
        DistributionTitle = "Positie van de leden in hun sector, {0}",
        DistributionClusterTitle = "Positie van de leden van {0} in hun sector per jaar",
        DistributionUnit = "percentiel in de sectorcel (50 = sectormediaan); P10, P25, mediaan, P75, P90",
        IndexTitle = "Toegevoegde waarde en werkgelegenheid: blijvende leden van {0} tegenover hun sectoren",
        IndexUnit = "index, {0} = 100",
        IndexFirms = "N = {0} tot {1} blijvende leden per jaar",
        FlowTitle = "Blijvers, nieuwkomers en uittreders van {0} per jaar",
        FlowUnit = "aantal ondernemingen",
        FlowFirms = "N = {0} leden in {1}",
        NotPublished = "Niet gepubliceerd (te weinig leden of geheimhouding): {0}.",
        ChartFirms = "N = {0} ondernemingen",
        LegendHeadline = "Samengestelde premie (kopcijfer)",
        LegendTypical = "Typisch lid (meetkundig gemiddelde)",
        IndexSheetUnit = "index, eerste jaar van elke reeks = 100",
        ColLpEuro = "Productiviteit (euro per VTE)",
        ColExpectedLpEuro = "Verwachte productiviteit (euro per VTE)",
        ColCluster = "Cluster",
        ColYear = "Jaar",
        ColMembers = "Leden",
        ColCompared = "Vergeleken",
        ColVaMillions = "TW (mln €)",
        ColVaShare = "Aandeel TW",
        ColLp = "Productiviteit",
        ColExpectedLp = "Verwacht",
        ColPremium = "Premie",
        ColAboveMedian = "Boven mediaan",
        ColTypical = "Typisch lid",
        ColInterval = "95\u00A0%-interval",
        IntervalTemplate = "{0} tot {1}",
        SheetSummary = "Kerncijfers",
        SheetFlows = "Ledenstromen",
        SheetBenchmarks = "Benchmarks",
        SheetIndex = "Indexreeksen",
        SheetDistribution = "Verdeling leden",
        SummaryTitle = "Kerncijfers per cluster en jaar",
        FlowsTitle = "Blijvers, nieuwkomers en uittreders per cluster en jaar",
        BenchmarksTitle = "Sectorbenchmarks van de arbeidsproductiviteit per NACE-cel en jaar",
        IndexSheetTitle = "Indexreeksen van blijvende leden en hun sectoren",
        DistributionSheetTitle = "Percentiel van de leden in hun sectorcel: kwantielen per cluster en jaar",
        ColNWithLp = "Leden met productiviteit",
        ColVa = "Toegevoegde waarde (euro)",
        ColFte = "VTE",
        ColFteShare = "Aandeel VTE",
        ColMedianDeltaRel = "Mediaan relatief verschil",
        ColMeanLogRatio = "Gemiddelde log-verhouding",
        ColCiLow = "Interval laag (log)",
        ColCiHigh = "Interval hoog (log)",
        ColLogRatioExcluded = "Zonder log-verhouding",
        ColWithoutBenchmark = "Zonder benchmark",
        ColSuppression = "Geheimhouding",
        ColStatus = "Status",
        ColFirms = "Ondernemingen",
        ColNaceLevel = "NACE-niveau",
        ColNaceCode = "NACE-code",
        ColMean = "Gemiddelde (euro per VTE)",
        ColMedian = "Mediaan (euro per VTE)",
        ColRatio = "ΣTW/ΣVTE (euro per VTE)",
        ColStaying = "Blijvende leden",
        ColSectorFirms = "Sectorondernemingen",
        ColVaMembers = "TW leden",
        ColFteMembers = "VTE leden",
        ColVaSector = "TW sector",
        ColFteSector = "VTE sector",
        ReasonMinFirms = "te weinig ondernemingen",
        ReasonDominance = "dominantie",
        ReasonSecondary = "secundair",
        LevelSection = "sectie",
        LevelDivision = "afdeling",
        LevelGroup = "groep",
        LevelClass = "klasse",
    };
}
