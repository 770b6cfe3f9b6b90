namespace ImpactAnalytics.Reporting.Output;

internal sealed partial class RunTexts
{
    /// <summary>British English.</summary>
    public static RunTexts English { get; } = new()
    {
        AllClusters = "All clusters",
        Subtitle = "Value added and productivity of cluster members against their sector",
        KeyFindings = "Key findings",
        Overview = "Clusters at a glance",
        OverviewIntro = "The premium compares the labour productivity (value added per FTE) of members with that of "
            + "non-members in the same NACE sector and year. The headline figure is the composition-adjusted premium: "
            + "the productivity of all members together (ΣVA/ΣFTE) against what they would reach at the benchmark of "
            + "their own sectors, weighted by their FTE. The typical member is the geometric mean of the member/sector "
            + "ratio; a bootstrap gives its 95% interval. Both are descriptive: they measure how members differ, not "
            + "what membership causes.",
        Causal = "Causal effect",
        CausalNotComputed = "The causal estimates (propensity score matching and staggered difference-in-differences) "
            + "were not computed in this run. The premiums in this report are therefore descriptive only: they show "
            + "how members differ from their sector, not how much of that membership causes.",
        CausalIntro = "This chapter estimates what membership itself causes: members are compared with similar "
            + "non-members before and after they joined. Effects on log outcomes are shown as percentage differences "
            + "(e^b − 1).",
        Above = "above",
        Below = "below",
        FindingPremium = "In {0} the productivity of the {1} members compared lay, taken together, {2} {3} what their "
            + "sectors would lead one to expect (composition-adjusted premium).",
        FindingTypical = "The typical member lay {0} {1} its sector benchmark (95% interval {2}); {3} of the "
            + "members did better than the median of their sector.",
        FindingCaveat = "Note: this premium is descriptive, not an impact estimate. Members are larger, older and more "
            + "productive before they join, so part of the gap would exist without membership.",
        FindingCaveatSeeCausal = " The causal effect is in the chapter ‘Causal effect’.",
        FindingCaveatNoCausal = " Causal estimates were not computed in this run.",
        FindingRange = "Across clusters the composition-adjusted premium in {0} ranged from {1} ({2}) to {3} ({4}).",
        FindingTrend = "For all clusters together the composition-adjusted premium was {0} in {1} and {2} in {3}.",
        FindingIndex = "From {0} to {1} the value added of staying members grew by {2} (their sectors: {3}) and their "
            + "employment by {4} (their sectors: {5}).",
        FindingMembers = "In {0}, {1} members of at least one cluster filed accounts: {2} staying and {3} new; {4} "
            + "members of {5} were no longer members.",
        FindingNone = "No figure for all clusters together could be published (too few members or disclosure control).",
        ClusterIntro = "In {0}, {1} members of {2} filed accounts; the productivity of the {3} members compared lay, "
            + "taken together, {4} {5} what their sectors would lead one to expect.",
        ClusterIntroSuppressed = "In {0}, {1} members of {2} filed accounts; their figures are not published "
            + "(disclosure control).",
        ClusterNoMembers = "{0} has no members with accounts in the study period.",
        ChartOmitted = "{0}: no chart, too few published figures.",
        OverviewTableTitle = "Key figures by cluster, {0}",
        ClusterTableTitle = "Key figures of {0} by year",
        KeyFigureUnit = "value added in EUR million; productivity in euro per FTE; premiums in %",
        KeyFigureNote = "Compared: members with a valid productivity and a sector benchmark. Premium: "
            + "composition-adjusted premium (ΣVA/ΣFTE against the FTE-weighted benchmark). Typical member: "
            + "e^(mean log ratio) − 1, with a bootstrap 95% interval.",
        PremiumChartTitle = "Productivity premium by cluster, {0}",
        PremiumChartClusterTitle = "Productivity premium of {0} by year",
        PremiumUnit = "% above the sector benchmark",
        DistributionTitle = "Members' position within their sector, {0}",
        DistributionClusterTitle = "Position of the members of {0} within their sector by year",
        DistributionUnit = "percentile within the sector cell (50 = sector median); P10, P25, median, P75, P90",
        IndexTitle = "Value added and employment: staying members of {0} against their sectors",
        IndexUnit = "index, {0} = 100",
        IndexFirms = "N = {0} to {1} staying members per year",
        FlowTitle = "Staying, new and exiting members of {0} by year",
        FlowUnit = "number of firms",
        FlowFirms = "N = {0} members in {1}",
        NotPublished = "Not published (too few members or disclosure control): {0}.",
        ChartFirms = "N = {0} firms",
        LegendHeadline = "Composition-adjusted premium (headline)",
        LegendTypical = "Typical member (geometric mean)",
        IndexSheetUnit = "index, first year of each series = 100",
        ColLpEuro = "Productivity (euro per FTE)",
        ColExpectedLpEuro = "Expected productivity (euro per FTE)",
        ColCluster = "Cluster",
        ColYear = "Year",
        ColMembers = "Members",
        ColCompared = "Compared",
        ColVaMillions = "VA (€m)",
        ColVaShare = "VA share",
        ColLp = "Productivity",
        ColExpectedLp = "Expected",
        ColPremium = "Premium",
        ColAboveMedian = "Above median",
        ColTypical = "Typical member",
        ColInterval = "95% interval",
        IntervalTemplate = "{0} to {1}",
        SheetSummary = "Key figures",
        SheetFlows = "Membership flows",
        SheetBenchmarks = "Benchmarks",
        SheetIndex = "Index series",
        SheetDistribution = "Member distribution",
        SummaryTitle = "Key figures by cluster and year",
        FlowsTitle = "Staying, new and exiting members by cluster and year",
        BenchmarksTitle = "Sector benchmarks of labour productivity by NACE cell and year",
        IndexSheetTitle = "Index series of staying members and their sectors",
        DistributionSheetTitle = "Members' percentile within their sector cell: quantiles by cluster and year",
        ColNWithLp = "Members with productivity",
        ColVa = "Value added (euro)",
        ColFte = "FTE",
        ColFteShare = "FTE share",
        ColMedianDeltaRel = "Median relative gap",
        ColMeanLogRatio = "Mean log ratio",
        ColCiLow = "Interval low (log)",
        ColCiHigh = "Interval high (log)",
        ColLogRatioExcluded = "Without log ratio",
        ColWithoutBenchmark = "Without benchmark",
        ColSuppression = "Disclosure control",
        ColStatus = "Status",
        ColFirms = "Firms",
        ColNaceLevel = "NACE level",
        ColNaceCode = "NACE code",
        ColMean = "Mean (euro per FTE)",
        ColMedian = "Median (euro per FTE)",
        ColRatio = "ΣVA/ΣFTE (euro per FTE)",
        ColStaying = "Staying members",
        ColSectorFirms = "Sector firms",
        ColVaMembers = "VA members",
        ColFteMembers = "FTE members",
        ColVaSector = "VA sector",
        ColFteSector = "FTE sector",
        ReasonMinFirms = "too few firms",
        ReasonDominance = "dominance",
        ReasonSecondary = "secondary",
        LevelSection = "section",
        LevelDivision = "division",
        LevelGroup = "group",
        LevelClass = "class",
    };
}
