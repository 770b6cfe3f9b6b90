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
            var labelValue = point.Headline ?? point.Estimate;
            var label = plot.Add.Text(culture.SignedPercent(labelValue), RightEnd(point), y);
            ChartText.Style(label.LabelStyle, PlotStyle.TickSize, point.Headline is null ? ReportStyle.Text : ReportStyle.SeriesOrange);
            label.LabelStyle.Alignment = Alignment.MiddleLeft;
            label.LabelStyle.OffsetX = 6;
        }

        plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 8f, blue);
        var headlines = chart.Points.Select((p, i) => (p.Headline, Y: AxisFormat.TopDown(i, count)))
            .Where(h => h.Headline is not null).ToArray();
        if (headlines.Length > 0)
        {
            plot.Add.Markers(headlines.Select(h => h.Headline!.Value).ToArray(), headlines.Select(h => h.Y).ToArray(),
                MarkerShape.FilledDiamond, 10f, PlotStyle.Color(ReportStyle.SeriesOrange));
        }

        var labels = chart.Points
            .Select(p => p.Cluster + " (n\u00A0=\u00A0" + culture.WholeNumber(p.N) + ")")
            .ToArray();
        plot.Axes.Left.TickGenerator = AxisFormat.CategoriesTopDown(labels);
        plot.Axes.Bottom.TickGenerator = AxisFormat.Percent(culture);
        plot.Axes.Bottom.Label.Text = texts.PremiumAxis;
        plot.Grid.YAxisStyle.IsVisible = false;

        var low = Math.Min(0.0, chart.Points.Min(p => Math.Min(p.Low, p.Headline ?? p.Low)));
        var high = Math.Max(0.0, chart.Points.Max(RightEnd));
        var span = Math.Max(high - low, 0.01);
        // Room on the right for the value labels.
        plot.Axes.SetLimits(low - (0.05 * span), high + (0.22 * span), -0.6, count - 0.4);
        List<LegendEntry> legend =
        [
            new(texts.Interval95, ReportStyle.SeriesBlue.WithAlpha(140), LegendSymbol.Line),
            new(chart.EstimateLabel ?? texts.Estimate, ReportStyle.SeriesBlue, LegendSymbol.FilledCircle),
        ];
        if (headlines.Length > 0)
        {
            legend.Insert(0, new(chart.HeadlineLabel ?? texts.Estimate, ReportStyle.SeriesOrange, LegendSymbol.FilledDiamond));
        }

        return new ChartDrawing(plot, legend);
    }

    private static double RightEnd(PremiumPoint point) => Math.Max(point.High, point.Headline ?? point.High);
}
