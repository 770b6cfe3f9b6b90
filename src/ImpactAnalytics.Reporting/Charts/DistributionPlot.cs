using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Chart (b): one horizontal box per group (P25–P75 with the median, whiskers P10–P90) against the sector reference
/// line (0 for log ratios, 50 for percentiles).
/// </summary>
internal static class DistributionPlot
{
    private const double BoxHalfHeight = 0.28;
    private const double CapHalfHeight = 0.14;

    public static ChartDrawing Build(DistributionChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var plot = PlotStyle.NewPlot();
        var blue = PlotStyle.Color(ReportStyle.SeriesBlue);
        var fill = PlotStyle.Color(ReportStyle.SeriesLightBlue).WithAlpha(0.55);
        var count = chart.Boxes.Count;
        var isPercentile = chart.Measure == DistributionMeasure.Percentile;
        PlotStyle.ReferenceLineX(plot, isPercentile ? 50.0 : 0.0, LinePattern.Dashed);

        for (var i = 0; i < count; i++)
        {
            var box = chart.Boxes[i];
            var y = AxisFormat.TopDown(i, count);
            AddLine(plot, box.P10, y, box.P25, y, blue, 1.2f);
            AddLine(plot, box.P75, y, box.P90, y, blue, 1.2f);
            AddLine(plot, box.P10, y - CapHalfHeight, box.P10, y + CapHalfHeight, blue, 1.2f);
            AddLine(plot, box.P90, y - CapHalfHeight, box.P90, y + CapHalfHeight, blue, 1.2f);
            var rect = plot.Add.Rectangle(box.P25, box.P75, y - BoxHalfHeight, y + BoxHalfHeight);
            rect.FillColor = fill;
            rect.LineColor = blue;
            rect.LineWidth = 1.2f;
            AddLine(plot, box.Median, y - BoxHalfHeight, box.Median, y + BoxHalfHeight, blue, 2.6f);
        }

        var labels = chart.Boxes
            .Select(b => b.Label + " (n\u00A0=\u00A0" + culture.WholeNumber(b.N) + ")")
            .ToArray();
        plot.Axes.Left.TickGenerator = AxisFormat.CategoriesTopDown(labels);
        plot.Axes.Bottom.TickGenerator = AxisFormat.Number(culture);
        plot.Axes.Bottom.Label.Text = isPercentile ? texts.PercentileAxis : texts.LogRatioAxis;
        plot.Grid.YAxisStyle.IsVisible = false;
        if (isPercentile)
        {
            plot.Axes.SetLimits(-2, 102, -0.6, count - 0.4);
        }
        else
        {
            var low = Math.Min(0.0, chart.Boxes.Min(b => b.P10));
            var high = Math.Max(0.0, chart.Boxes.Max(b => b.P90));
            var pad = 0.06 * Math.Max(high - low, 0.01);
            plot.Axes.SetLimits(low - pad, high + pad, -0.6, count - 0.4);
        }

        return new ChartDrawing(plot, []);
    }

    private static void AddLine(Plot plot, double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }
}
