using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>One entry of a chart legend, drawn by <see cref="LegendPainter"/>.</summary>
internal sealed record LegendEntry(string Label, SKColor Color, LegendSymbol Symbol);
