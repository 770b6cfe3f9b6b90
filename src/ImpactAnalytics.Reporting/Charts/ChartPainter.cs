using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model.Charts;
using ScottPlot;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Draws a chart with its captions on any Skia canvas: the title, a line with the unit and N, the plot, and the
/// source line. The same drawing goes into the PDF (as vectors), the PNG and the SVG, so they cannot disagree.
/// </summary>
public static class ChartPainter
{
    private const float TitleSize = 11.5f;
    /// <summary>Inner padding around the captions and plot, in chart units.</summary>
    public const float Padding = 6f;

    /// <summary>Draws <paramref name="chart"/> into <paramref name="bounds"/> (chart units = canvas units).</summary>
    public static void Draw(SKCanvas canvas, SKRect bounds, ReportChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var titleFont = TextPainter.Font(TitleSize, bold: true);
        var captionFont = TextPainter.Font(ReportStyle.CaptionSize + 0.5f);
        var sourceFont = TextPainter.Font(ReportStyle.CaptionSize);
        var width = bounds.Width - (2 * Padding);
        var x = bounds.Left + Padding;

        var titleLines = TextPainter.Wrap(chart.Title, titleFont, width);
        var captionLines = TextPainter.Wrap(Caption(chart, culture), captionFont, width);
        var sourceLines = TextPainter.Wrap(SourceLines(chart, texts), sourceFont, width);

        var top = bounds.Top + Padding;
        top += TextPainter.DrawLines(canvas, titleLines, x, top, titleFont, ReportStyle.Text);
        top += 1f;
        top += TextPainter.DrawLines(canvas, captionLines, x, top, captionFont, ReportStyle.Muted);
        top += 6f;

        var drawing = ChartPlots.Build(chart, culture);
        var legendRows = LegendPainter.Rows(drawing.Legend, width);
        var legendHeight = legendRows.Count == 0 ? 0f : LegendPainter.Height(legendRows) + 4f;
        var sourceHeight = sourceLines.Count * TextPainter.LineHeight(sourceFont);
        var sourceTop = bounds.Bottom - Padding - sourceHeight;
        TextPainter.DrawLines(canvas, sourceLines, x, sourceTop + 2f, sourceFont, ReportStyle.Muted);
        var bottom = sourceTop - legendHeight;
        LegendPainter.Draw(canvas, legendRows, x, width, bottom + 2f);

        canvas.Save();
        canvas.ClipRect(new SKRect(bounds.Left, top, bounds.Right, bottom));
        drawing.Plot.Render(canvas, new PixelRect(bounds.Left, bounds.Right, bottom, top));
        canvas.Restore();
    }

    /// <summary>The line under the title: "Eenheid: … · N = 1.234 ondernemingen".</summary>
    internal static string Caption(ReportChart chart, ReportCulture culture)
    {
        var texts = culture.Texts;
        var n = chart.FirmCountText ?? texts.FirmCountLine(chart.FirmCount, culture);
        return string.IsNullOrWhiteSpace(chart.Unit) ? n : texts.UnitLine(chart.Unit) + " \u00B7 " + n;
    }

    private static string SourceLines(ReportChart chart, ReportTexts texts)
    {
        var source = chart.Source ?? texts.SourceLine;
        return chart is FlowChart flows && flows.Points.Any(HasSuppressed)
            ? texts.SuppressedFootnote + "\n" + source
            : source;
    }

    private static bool HasSuppressed(FlowPoint point) =>
        point.Staying is null || point.New is null || point.Exiting is null;
}
