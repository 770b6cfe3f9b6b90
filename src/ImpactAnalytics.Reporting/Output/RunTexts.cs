using System.Globalization;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The texts of a run's report in one language: headings, captions, column headers and the sentence templates of
/// the findings and the annex. Templates take already formatted values as {0}, {1}, …
/// </summary>
internal sealed partial class RunTexts
{
    public static RunTexts For(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    /// <summary>Fills a template with formatted values.</summary>
    public static string Fill(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    public required string AllClusters { get; init; }
    public required string Subtitle { get; init; }
    public required string KeyFindings { get; init; }
    public required string Overview { get; init; }
    public required string OverviewIntro { get; init; }
    public required string Causal { get; init; }
    public required string CausalNotComputed { get; init; }
    public required string CausalIntro { get; init; }
    public required string Above { get; init; }
    public required string Below { get; init; }

    // Findings (templates).
    public required string FindingPremium { get; init; }
    public required string FindingTypical { get; init; }
    public required string FindingCaveat { get; init; }
    public required string FindingCaveatSeeCausal { get; init; }
    public required string FindingCaveatNoCausal { get; init; }
    public required string FindingRange { get; init; }
    public required string FindingTrend { get; init; }
    public required string FindingIndex { get; init; }
    public required string FindingMembers { get; init; }
    public required string FindingNone { get; init; }
    public required string ClusterIntro { get; init; }
    public required string ClusterIntroSuppressed { get; init; }
    public required string ClusterNoMembers { get; init; }
    public required string ChartOmitted { get; init; }

    // Tables and charts.
    public required string OverviewTableTitle { get; init; }
    public required string ClusterTableTitle { get; init; }
    public required string KeyFigureUnit { get; init; }
    public required string KeyFigureNote { get; init; }
    public required string PremiumChartTitle { get; init; }
    public required string PremiumChartClusterTitle { get; init; }
    public required string PremiumUnit { get; init; }
    public required string DistributionTitle { get; init; }
    public required string DistributionClusterTitle { get; init; }
    public required string DistributionUnit { get; init; }
    public required string IndexTitle { get; init; }
    public required string IndexUnit { get; init; }
    public required string IndexFirms { get; init; }
    public required string FlowTitle { get; init; }
    public required string FlowUnit { get; init; }
    public required string FlowFirms { get; init; }
    public required string ChartFirms { get; init; }
    public required string NotPublished { get; init; }
    public required string LegendHeadline { get; init; }
    public required string LegendTypical { get; init; }
    public required string IndexSheetUnit { get; init; }
    public required string ColLpEuro { get; init; }
    public required string ColExpectedLpEuro { get; init; }

    // Column headers.
    public required string ColCluster { get; init; }
    public required string ColYear { get; init; }
    public required string ColMembers { get; init; }
    public required string ColCompared { get; init; }
    public required string ColVaMillions { get; init; }
    public required string ColVaShare { get; init; }
    public required string ColLp { get; init; }
    public required string ColExpectedLp { get; init; }
    public required string ColPremium { get; init; }
    public required string ColAboveMedian { get; init; }
    public required string ColTypical { get; init; }
    public required string ColInterval { get; init; }
    public required string IntervalTemplate { get; init; }

    // Workbook sheets.
    public required string SheetSummary { get; init; }
    public required string SheetFlows { get; init; }
    public required string SheetBenchmarks { get; init; }
    public required string SheetIndex { get; init; }
    public required string SheetDistribution { get; init; }
    public required string SummaryTitle { get; init; }
    public required string FlowsTitle { get; init; }
    public required string BenchmarksTitle { get; init; }
    public required string IndexSheetTitle { get; init; }
    public required string DistributionSheetTitle { get; init; }
    public required string ColNWithLp { get; init; }
    public required string ColVa { get; init; }
    public required string ColFte { get; init; }
    public required string ColFteShare { get; init; }
    public required string ColMedianDeltaRel { get; init; }
    public required string ColMeanLogRatio { get; init; }
    public required string ColCiLow { get; init; }
    public required string ColCiHigh { get; init; }
    public required string ColLogRatioExcluded { get; init; }
    public required string ColWithoutBenchmark { get; init; }
    public required string ColSuppression { get; init; }
    public required string ColStatus { get; init; }
    public required string ColFirms { get; init; }
    public required string ColNaceLevel { get; init; }
    public required string ColNaceCode { get; init; }
    public required string ColMean { get; init; }
    public required string ColMedian { get; init; }
    public required string ColRatio { get; init; }
    public required string ColStaying { get; init; }
    public required string ColSectorFirms { get; init; }
    public required string ColVaMembers { get; init; }
    public required string ColFteMembers { get; init; }
    public required string ColVaSector { get; init; }
    public required string ColFteSector { get; init; }
    public required string ReasonMinFirms { get; init; }
    public required string ReasonDominance { get; init; }
    public required string ReasonSecondary { get; init; }
    public required string LevelSection { get; init; }
    public required string LevelDivision { get; init; }
    public required string LevelGroup { get; init; }
    public required string LevelClass { get; init; }

    public string Reason(string? code) => code switch
    {
        null => string.Empty,
        Core.Disclosure.SuppressionReasons.MinFirms => ReasonMinFirms,
        Core.Disclosure.SuppressionReasons.Dominance => ReasonDominance,
        Core.Disclosure.SuppressionReasons.Secondary => ReasonSecondary,
        _ => code,
    };

    public string Level(Core.Domain.NaceLevel level) => level switch
    {
        Core.Domain.NaceLevel.Section => LevelSection,
        Core.Domain.NaceLevel.Division => LevelDivision,
        Core.Domain.NaceLevel.Group => LevelGroup,
        _ => LevelClass,
    };
}
