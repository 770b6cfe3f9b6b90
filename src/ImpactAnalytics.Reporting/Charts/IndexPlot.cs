using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Chart (c): four index lines rebased to the base year = 100: value added (blue) and employment (orange), members
/// solid, sector dashed.
/// </summary>
internal static class IndexPlot
{
    public static ChartDrawing Build(IndexChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var points = chart.Points.OrderBy(p => p.Year).ToArray();
        var basePoint = points.SingleOrDefault(p => p.Year == chart.BaseYear)
            ?? throw new ArgumentException(
                $"The base year {chart.BaseYear} is not among the index chart's years.", nameof(chart));
        var years = points.Select(p => (double)p.Year).ToArray();
        var plot = PlotStyle.NewPlot();
        PlotStyle.ReferenceLineY(plot, 100.0);

        var blue = PlotStyle.Color(ReportStyle.SeriesBlue);
        var orange = PlotStyle.Color(ReportStyle.SeriesOrange);
        AddSeries(plot, years, Rebase(points, p => p.MembersValueAdded, basePoint),
            blue, LinePattern.Solid);
        AddSeries(plot, years, Rebase(points, p => p.SectorValueAdded, basePoint),
            blue, LinePattern.Dashed);
        AddSeries(plot, years, Rebase(points, p => p.MembersEmployment, basePoint),
            orange, LinePattern.Solid);
        AddSeries(plot, years, Rebase(points, p => p.SectorEmployment, basePoint),
            orange, LinePattern.Dashed);

        plot.Axes.Bottom.TickGenerator = AxisFormat.Years(points[0].Year, points[^1].Year);
        plot.Axes.Left.TickGenerator = AxisFormat.Number(culture);
        plot.Axes.Left.Label.Text = texts.IndexAxisFor(chart.BaseYear);
        plot.Axes.SetLimitsX(points[0].Year - 0.4, points[^1].Year + 0.4);
        return new ChartDrawing(plot,
        [
            new(texts.ValueAdded + ", " + texts.Members.ToLowerInvariant(), ReportStyle.SeriesBlue, LegendSymbol.Line),
            new(texts.ValueAdded + ", " + texts.Sector.ToLowerInvariant(), ReportStyle.SeriesBlue, LegendSymbol.DashedLine),
            new(texts.Employment + ", " + texts.Members.ToLowerInvariant(), ReportStyle.SeriesOrange, LegendSymbol.Line),
            new(texts.Employment + ", " + texts.Sector.ToLowerInvariant(), ReportStyle.SeriesOrange, LegendSymbol.DashedLine),
        ]);
    }

    /// <summary>Each level divided by its base-year level, times 100.</summary>
    internal static double[] Rebase(IReadOnlyList<IndexPoint> points, Func<IndexPoint, double> level, IndexPoint basePoint)
    {
        var baseLevel = level(basePoint);
        if (!(baseLevel > 0.0))
        {
            throw new ArgumentException("An index series needs a positive base-year level.", nameof(basePoint));
        }

        return points.Select(p => 100.0 * level(p) / baseLevel).ToArray();
    }

    private static void AddSeries(Plot plot, double[] xs, double[] ys, Color color, LinePattern pattern)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        line.Color = color;
        line.LineWidth = 2f;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
    }
}
