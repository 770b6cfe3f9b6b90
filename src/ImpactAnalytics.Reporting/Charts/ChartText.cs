using ImpactAnalytics.Reporting.Fonts;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Styles the free text labels that plots carry (value labels), in the embedded font.</summary>
internal static class ChartText
{
    public static void Style(ScottPlot.LabelStyle style, float size, SKColor color)
    {
        style.FontName = ReportFonts.FamilyName;
        style.FontSize = size;
        style.ForeColor = PlotStyle.Color(color);
    }
}
