using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Turns a chart model into a ScottPlot plot, without captions (those are drawn by the painter).</summary>
internal static class ChartPlots
{
    public static ChartDrawing Build(ReportChart chart, ReportCulture culture) => chart switch
    {
        PremiumChart premium => PremiumPlot.Build(premium, culture),
        DistributionChart distribution => DistributionPlot.Build(distribution, culture),
        IndexChart index => IndexPlot.Build(index, culture),
        FlowChart flows => FlowPlot.Build(flows, culture),
        EventStudyChart eventStudy => EventStudyPlot.Build(eventStudy, culture),
        LovePlotChart love => LovePlot.Build(love, culture),
        _ => throw new ArgumentOutOfRangeException(
            nameof(chart), chart.GetType().Name, "No plot is defined for this chart type."),
    };
}
