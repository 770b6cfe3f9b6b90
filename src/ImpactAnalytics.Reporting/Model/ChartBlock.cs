using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Model;

/// <summary>A chart in the report body, drawn as vectors in the PDF.</summary>
/// <param name="Chart">What the chart shows.</param>
/// <param name="AspectRatio">Height over width of the chart with its captions; 0.62 by default.</param>
public sealed record ChartBlock(ReportChart Chart, double AspectRatio = 0.62) : ReportBlock;
