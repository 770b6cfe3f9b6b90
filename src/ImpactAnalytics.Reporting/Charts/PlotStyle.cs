using ImpactAnalytics.Reporting.Fonts;
using ImpactAnalytics.Reporting.Layout;
using ScottPlot;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>The common look of every plot: the embedded font, font sizes in chart units, a light grid.</summary>
internal static class PlotStyle
{
    public const float TickSize = 8.5f;
    public const float AxisLabelSize = 9f;

    public static Plot NewPlot()
    {
        ReportFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.FamilyName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color(new SKColor(0xE3, 0xE6, 0xE9));
        plot.Grid.MajorLineWidth = 0.6f;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = ReportFonts.FamilyName;
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Color(ReportStyle.Text);
            axis.Label.FontName = ReportFonts.FamilyName;
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Color(ReportStyle.Text);
            axis.FrameLineStyle.Color = Color(ReportStyle.Rule);
            axis.MajorTickStyle.Color = Color(ReportStyle.Rule);
            axis.MinorTickStyle.Length = 0;
        }

        // An open frame (left and bottom axes only) and no empty band above the data area.
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.MinimumSize = 0;
        plot.Axes.Top.MaximumSize = 4;
        return plot;
    }

    public static Color Color(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);

    /// <summary>A solid reference line (zero, 100, median) in dark grey.</summary>
    public static void ReferenceLineY(Plot plot, double y)
    {
        var line = plot.Add.HorizontalLine(y);
        line.LineColor = Color(ReportStyle.Muted);
        line.LineWidth = 1f;
        line.ExcludeFromLegend = true;
    }

    public static void ReferenceLineX(Plot plot, double x, LinePattern pattern)
    {
        var line = plot.Add.VerticalLine(x);
        line.LineColor = Color(ReportStyle.Muted);
        line.LineWidth = 1f;
        line.LinePattern = pattern;
        line.ExcludeFromLegend = true;
    }
}
