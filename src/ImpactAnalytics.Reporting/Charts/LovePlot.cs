using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Chart (f): a love plot: per covariate the SMD before matching (open grey circle) and after (filled blue), joined
/// by a thin line, with a zero line and dotted lines at ±threshold.
/// </summary>
internal static class LovePlot
{
    public static ChartDrawing Build(LovePlotChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var plot = PlotStyle.NewPlot();
        var count = chart.Rows.Count;
        var grey = PlotStyle.Color(ReportStyle.SeriesGrey);
        var blue = PlotStyle.Color(ReportStyle.SeriesBlue);
        PlotStyle.ReferenceLineX(plot, 0.0, LinePattern.Solid);
        PlotStyle.ReferenceLineX(plot, -chart.Threshold, LinePattern.Dotted);
        PlotStyle.ReferenceLineX(plot, chart.Threshold, LinePattern.Dotted);

        var ys = new double[count];
        for (var i = 0; i < count; i++)
        {
            ys[i] = AxisFormat.TopDown(i, count);
            var join = plot.Add.Line(chart.Rows[i].SmdBefore, ys[i], chart.Rows[i].SmdAfter, ys[i]);
            join.LineColor = grey.WithAlpha(0.6);
            join.LineWidth = 1f;
            join.MarkerSize = 0;
        }

        // White discs under the open circles keep the joining line from showing through them.
        plot.Add.Markers(chart.Rows.Select(r => r.SmdBefore).ToArray(), ys, MarkerShape.FilledCircle, 8f, Colors.White);
        var before = plot.Add.Markers(chart.Rows.Select(r => r.SmdBefore).ToArray(), ys, MarkerShape.OpenCircle, 8f, grey);
        before.MarkerStyle.LineWidth = 1.6f;
        plot.Add.Markers(chart.Rows.Select(r => r.SmdAfter).ToArray(), ys, MarkerShape.FilledCircle, 8f, blue);

        plot.Axes.Left.TickGenerator = AxisFormat.CategoriesTopDown(chart.Rows.Select(r => r.Covariate).ToArray());
        plot.Axes.Bottom.TickGenerator = AxisFormat.Number(culture);
        plot.Axes.Bottom.Label.Text = texts.SmdAxis;
        plot.Grid.YAxisStyle.IsVisible = false;
        var extreme = chart.Rows.SelectMany(r => new[] { Math.Abs(r.SmdBefore), Math.Abs(r.SmdAfter) })
            .Append(chart.Threshold).Max();
        var limit = Math.Ceiling(extreme * 1.1 * 10.0) / 10.0;
        plot.Axes.SetLimits(-limit, limit, -0.6, count - 0.4);
        return new ChartDrawing(plot,
        [
            new(texts.BeforeMatching, ReportStyle.SeriesGrey, LegendSymbol.OpenCircle),
            new(texts.AfterMatching, ReportStyle.SeriesBlue, LegendSymbol.FilledCircle),
        ]);
    }
}
