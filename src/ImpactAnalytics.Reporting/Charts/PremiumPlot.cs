using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Chart (a): one row per cluster, the premium as a dot on its 95 % interval, a zero line.</summary>
internal static class PremiumPlot
{
    public static ChartDrawing Build(PremiumChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var plot = PlotStyle.NewPlot();
        var blue = PlotStyle.Color(ReportStyle.SeriesBlue);
        var count = chart.Points.Count;
        PlotStyle.ReferenceLineX(plot, 0.0, LinePattern.Solid);

        var xs = new double[count];
        var ys = new double[count];
        for (var i = 0; i < count; i++)
        {
            var point = chart.Points[i];
            var y = AxisFormat.TopDown(i, count);
            var interval = plot.Add.Line(point.Low, y, point.High, y);
            interval.LineWidth = 2.2f;
            interval.LineColor = blue.WithAlpha(0.55);
            interval.MarkerSize = 0;
            foreach (var end in new[] { point.Low, point.High })
            {
                var cap = plot.Add.Line(end, y - 0.12, end, y + 0.12);
                cap.LineWidth = 1.4f;
                cap.LineColor = blue.WithAlpha(0.55);
                cap.MarkerSize = 0;
            }

            xs[i] = point.Estimate;
            ys[i] = y;
            var label = plot.Add.Text(culture.SignedPercent(point.Estimate), point.High, y);
            ChartText.Style(label.LabelStyle, PlotStyle.TickSize, ReportStyle.Text);
            label.LabelStyle.Alignment = Alignment.MiddleLeft;
            label.LabelStyle.OffsetX = 6;
        }

        plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 8f, blue);

        var labels = chart.Points
            .Select(p => p.Cluster + " (n\u00A0=\u00A0" + culture.WholeNumber(p.N) + ")")
            .ToArray();
        plot.Axes.Left.TickGenerator = AxisFormat.CategoriesTopDown(labels);
        plot.Axes.Bottom.TickGenerator = AxisFormat.Percent(culture);
        plot.Axes.Bottom.Label.Text = texts.PremiumAxis;
        plot.Grid.YAxisStyle.IsVisible = false;

        var low = Math.Min(0.0, chart.Points.Min(p => p.Low));
        var high = Math.Max(0.0, chart.Points.Max(p => p.High));
        var span = Math.Max(high - low, 0.01);
        // Room on the right for the value labels.
        plot.Axes.SetLimits(low - (0.05 * span), high + (0.22 * span), -0.6, count - 0.4);
        return new ChartDrawing(plot,
        [
            new(texts.Interval95, ReportStyle.SeriesBlue.WithAlpha(140), LegendSymbol.Line),
            new(texts.Estimate, ReportStyle.SeriesBlue, LegendSymbol.FilledCircle),
        ]);
    }
}
