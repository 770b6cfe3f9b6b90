using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>Headings, paragraphs, bullet lists and charts, each a small named step on the page composer.</summary>
internal static class TextBlockLayout
{
    private const float BulletIndent = 14f;
    private const float ParagraphGap = 6f;

    public static void Heading(PageComposer pages, HeadingBlock heading)
    {
        var size = heading.Level switch
        {
            1 => ReportStyle.Heading1Size,
            2 => ReportStyle.Heading2Size,
            _ => ReportStyle.Heading3Size,
        };
        var font = TextPainter.Font(size, bold: true);
        var color = heading.Level <= 2 ? ReportStyle.Accent : ReportStyle.Text;
        var lines = TextPainter.Wrap(heading.Text, font, PageComposer.Width);
        var height = lines.Count * TextPainter.LineHeight(font);

        pages.Space(heading.Level == 1 ? 14f : 9f);
        // Keep a heading with at least three lines of what follows it.
        pages.EnsureSpace(height + (4 * ReportStyle.BodySize * ReportStyle.LineSpacing));
        pages.Place(height, (canvas, top) =>
            TextPainter.DrawLines(canvas, lines, PageComposer.Left, top, font, color));
        pages.Space(heading.Level == 1 ? 6f : 3f);
    }

    public static void Paragraph(PageComposer pages, ParagraphBlock paragraph)
    {
        var font = TextPainter.Font(ReportStyle.BodySize);
        PlaceLines(pages, TextPainter.Wrap(paragraph.Text, font, PageComposer.Width), PageComposer.Left, font, ReportStyle.Text);
        pages.Space(ParagraphGap);
    }

    public static void Bullets(PageComposer pages, BulletsBlock bullets)
    {
        var font = TextPainter.Font(ReportStyle.BodySize);
        var textLeft = PageComposer.Left + BulletIndent;
        foreach (var item in bullets.Items)
        {
            var lines = TextPainter.Wrap(item, font, PageComposer.Width - BulletIndent);
            var first = true;
            foreach (var line in lines)
            {
                var isFirst = first;
                first = false;
                pages.EnsureSpace(TextPainter.LineHeight(font));
                pages.Place(TextPainter.LineHeight(font), (canvas, top) =>
                {
                    var baseline = top + TextPainter.Ascent(font);
                    if (isFirst)
                    {
                        TextPainter.Draw(canvas, "\u2022", PageComposer.Left + 3f, baseline, font, ReportStyle.Accent);
                    }

                    TextPainter.Draw(canvas, line, textLeft, baseline, font, ReportStyle.Text);
                });
            }

            pages.Space(2f);
        }

        pages.Space(ParagraphGap);
    }

    public static void Chart(PageComposer pages, ChartBlock block, ReportCulture culture)
    {
        var width = PageComposer.Width;
        var height = (float)(width * block.AspectRatio);
        pages.Space(6f);
        pages.EnsureSpace(height);
        pages.Place(height, (canvas, top) =>
            // The chart's inner padding lies in the page margin, so its title lines up with the text.
            ChartPainter.Draw(canvas,
                new SKRect(PageComposer.Left - ChartPainter.Padding, top, PageComposer.Left + width + ChartPainter.Padding, top + height),
                block.Chart, culture));
        pages.Space(10f);
    }

    /// <summary>Places wrapped lines one by one, so that a long paragraph runs on onto the next page.</summary>
    public static void PlaceLines(PageComposer pages, IReadOnlyList<string> lines, float left, SKFont font, SKColor color)
    {
        var lineHeight = TextPainter.LineHeight(font);
        foreach (var line in lines)
        {
            pages.EnsureSpace(lineHeight);
            pages.Place(lineHeight, (canvas, top) =>
                TextPainter.Draw(canvas, line, left, top + TextPainter.Ascent(font), font, color));
        }
    }
}
