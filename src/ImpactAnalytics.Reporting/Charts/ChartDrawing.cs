using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>A plot without captions, and the legend that the painter draws under it.</summary>
internal sealed record ChartDrawing(Plot Plot, IReadOnlyList<LegendEntry> Legend);
