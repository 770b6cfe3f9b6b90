using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Chart (e): estimates by event time joined by a line, each with its 95 % band as a vertical bar with caps, a zero
/// line, and a dashed vertical line between e = −1 and e = 0 (joining).
/// </summary>
internal static class EventStudyPlot
{
    private const double CapHalfWidth = 0.12;

    public static ChartDrawing Build(EventStudyChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var points = chart.Points.OrderBy(p => p.EventTime).ToArray();
        var plot = PlotStyle.NewPlot();
        var blue = PlotStyle.Color(ReportStyle.SeriesBlue);
        var band = blue.WithAlpha(0.55);
        PlotStyle.ReferenceLineY(plot, 0.0);
        PlotStyle.ReferenceLineX(plot, -0.5, LinePattern.Dashed);

        foreach (var point in points.Where(p => p.Low is not null && p.High is not null))
        {
            var low = point.Low!.Value;
            var high = point.High!.Value;
            AddLine(plot, point.EventTime, low, point.EventTime, high, band, 2.2f);
            AddLine(plot, point.EventTime - CapHalfWidth, low, point.EventTime + CapHalfWidth, low, band, 1.4f);
            AddLine(plot, point.EventTime - CapHalfWidth, high, point.EventTime + CapHalfWidth, high, band, 1.4f);
        }

        var xs = points.Select(p => (double)p.EventTime).ToArray();
        var ys = points.Select(p => p.Estimate).ToArray();
        var estimates = plot.Add.Scatter(xs, ys);
        estimates.Color = blue;
        estimates.LineWidth = 1.5f;
        estimates.MarkerSize = 8f;
        estimates.MarkerShape = MarkerShape.FilledCircle;

        plot.Axes.Bottom.TickGenerator = AxisFormat.Integers(points[0].EventTime, points[^1].EventTime);
        plot.Axes.Bottom.Label.Text = texts.EventTimeAxis;
        plot.Axes.Left.TickGenerator = chart.ValuesAreShares ? AxisFormat.Percent(culture) : AxisFormat.Number(culture);
        plot.Axes.Left.Label.Text = texts.EffectAxis;
        plot.Axes.SetLimitsX(points[0].EventTime - 0.5, points[^1].EventTime + 0.5);
        return new ChartDrawing(plot,
        [
            new(texts.Interval95, ReportStyle.SeriesBlue.WithAlpha(140), LegendSymbol.Line),
            new(texts.Estimate, ReportStyle.SeriesBlue, LegendSymbol.LineWithCircle),
        ]);
    }

    private static ScottPlot.Plottables.LinePlot AddLine(
        Plot plot, double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
        return line;
    }
}
