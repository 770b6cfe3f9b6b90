using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an A4 PDF: a title page, the blocks in order with automatic page breaks,
/// charts as vectors, and every page numbered "p. 3 van 12" (or "p. 3 of 12") in the report language. Text is set in
/// the embedded font, which the PDF embeds.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>Lays out and writes <paramref name="document"/> to <paramref name="output"/>; returns the page count.</summary>
    public static int Write(ReportDocument document, Stream output)
    {
        var culture = ReportCulture.For(document.Metadata.Language);
        var pages = Compose(document, culture);

        var metadata = document.Metadata;
        // The document dates are the report date, not the clock, so the same report gives the same properties.
        var date = metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Study,
            Author = metadata.Author,
            Creator = metadata.Creator,
            Producer = "ImpactAnalytics (SkiaSharp PDF)",
            Creation = date,
            Modified = date,
            RasterDpi = 300,
        };

        // Skia writes the PDF in many small pieces: into native memory, then to the output in one piece.
        using var memory = new SKDynamicMemoryWStream();
        using (var pdf = SKDocument.CreatePdf(memory, pdfMetadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document."))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(ReportStyle.PageWidth, ReportStyle.PageHeight);
                foreach (var draw in pages[i])
                {
                    draw(canvas);
                }

                Footer(canvas, metadata.Title, culture.Texts.PageLabel(i + 1, pages.Count));
                pdf.EndPage();
            }

            pdf.Close();
        }

        using var data = memory.DetachAsData();
        output.Write(data.AsSpan());
        return pages.Count;
    }

    private static IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Compose(ReportDocument document, ReportCulture culture)
    {
        var pages = new PageComposer();
        TitlePageLayout.Place(pages, document.Metadata, culture);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    TextBlockLayout.Heading(pages, heading);
                    break;
                case ParagraphBlock paragraph:
                    TextBlockLayout.Paragraph(pages, paragraph);
                    break;
                case BulletsBlock bullets:
                    TextBlockLayout.Bullets(pages, bullets);
                    break;
                case TableBlock table:
                    TableLayout.Place(pages, table.Table, culture);
                    break;
                case ChartBlock chart:
                    TextBlockLayout.Chart(pages, chart, culture);
                    break;
                case PageBreakBlock when !pages.AtPageTop:
                    pages.NewPage();
                    break;
                case PageBreakBlock:
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(document), block.GetType().Name, "Unknown report block.");
            }
        }

        var result = pages.Pages;
        // A trailing page break or a title page with no body leaves an empty last page: drop it.
        return result.Count > 1 && result[^1].Count == 0 ? result.Take(result.Count - 1).ToArray() : result;
    }

    private static void Footer(SKCanvas canvas, string title, string pageLabel)
    {
        var font = TextPainter.Font(ReportStyle.FooterSize);
        var y = ReportStyle.PageHeight - ReportStyle.Mm(12f);
        using var rule = new SKPaint { Color = ReportStyle.Rule, StrokeWidth = 0.5f, IsAntialias = true };
        canvas.DrawLine(ReportStyle.MarginLeft, y - 11f, ReportStyle.PageWidth - ReportStyle.MarginRight, y - 11f, rule);
        TextPainter.Draw(canvas, title, ReportStyle.MarginLeft, y, font, ReportStyle.Muted);
        TextPainter.Draw(canvas, pageLabel, ReportStyle.PageWidth - ReportStyle.MarginRight, y, font, ReportStyle.Muted,
            SKTextAlign.Right);
    }
}
