using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Chart (d): per year a stacked bar of staying (dark) and new (light) members above zero and exiting members below
/// zero. A suppressed part is left out and marked "x" on the axis side of its bar.
/// </summary>
internal static class FlowPlot
{
    private const double BarWidth = 0.62;

    public static ChartDrawing Build(FlowChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var points = chart.Points.OrderBy(p => p.Year).ToArray();
        var plot = PlotStyle.NewPlot();
        var staying = PlotStyle.Color(ReportStyle.SeriesBlue);
        var fresh = PlotStyle.Color(ReportStyle.SeriesLightBlue);
        var exiting = PlotStyle.Color(ReportStyle.SeriesOrange);

        var bars = new List<Bar>();
        foreach (var point in points)
        {
            var stayingValue = (point.Staying ?? 0.0) / chart.Scale;
            var newValue = (point.New ?? 0.0) / chart.Scale;
            var exitingValue = (point.Exiting ?? 0.0) / chart.Scale;
            bars.Add(Segment(point.Year, 0.0, stayingValue, staying));
            bars.Add(Segment(point.Year, stayingValue, stayingValue + newValue, fresh));
            bars.Add(Segment(point.Year, -exitingValue, 0.0, exiting));
            if (point.Staying is null || point.New is null || point.Exiting is null)
            {
                var mark = plot.Add.Text(texts.SuppressedMark, point.Year, point.Exiting is null ? 0.0 : stayingValue + newValue);
                ChartText.Style(mark.LabelStyle, PlotStyle.TickSize, ReportStyle.Text);
                mark.LabelStyle.Alignment = point.Exiting is null ? Alignment.UpperCenter : Alignment.LowerCenter;
                mark.LabelStyle.OffsetY = point.Exiting is null ? 3 : -3;
            }
        }

        plot.Add.Bars(bars);
        PlotStyle.ReferenceLineY(plot, 0.0);


        plot.Axes.Bottom.TickGenerator = AxisFormat.Years(points[0].Year, points[^1].Year);
        plot.Axes.Left.TickGenerator = AxisFormat.Magnitude(culture);
        plot.Axes.Left.Label.Text = chart.Unit;
        plot.Grid.XAxisStyle.IsVisible = false;
        var top = points.Max(p => ((p.Staying ?? 0.0) + (p.New ?? 0.0)) / chart.Scale);
        var bottom = points.Max(p => (p.Exiting ?? 0.0) / chart.Scale);
        var pad = 0.08 * Math.Max(top + bottom, 1e-9);
        plot.Axes.SetLimits(points[0].Year - 0.6, points[^1].Year + 0.6, -bottom - pad, top + pad);
        return new ChartDrawing(plot,
        [
            new(texts.Staying, ReportStyle.SeriesBlue, LegendSymbol.Box),
            new(texts.New, ReportStyle.SeriesLightBlue, LegendSymbol.Box),
            new(texts.Exiting, ReportStyle.SeriesOrange, LegendSymbol.Box),
        ]);
    }

    private static Bar Segment(int year, double from, double to, Color color) => new()
    {
        Position = year,
        ValueBase = from,
        Value = to,
        FillColor = color,
        LineWidth = 0,
        Size = BarWidth,
    };
}
