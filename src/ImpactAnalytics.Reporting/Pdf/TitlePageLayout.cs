using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>The title page: title and subtitle a third down the page, then study, period, date and data sources.</summary>
internal static class TitlePageLayout
{
    private const float LabelWidth = 110f;

    public static void Place(PageComposer pages, ReportMetadata metadata, ReportCulture culture)
    {
        var texts = culture.Texts;
        var titleFont = TextPainter.Font(24f, bold: true);
        var subtitleFont = TextPainter.Font(14f);
        var labelFont = TextPainter.Font(ReportStyle.BodySize, bold: true);
        var valueFont = TextPainter.Font(ReportStyle.BodySize);

        pages.Place(ReportStyle.Mm(60f), (canvas, top) => AccentBar(canvas, top + ReportStyle.Mm(52f)));
        TextBlockLayout.PlaceLines(pages, TextPainter.Wrap(metadata.Title, titleFont, PageComposer.Width),
            PageComposer.Left, titleFont, ReportStyle.Accent);
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
        {
            pages.Place(4f, (_, _) => { });
            TextBlockLayout.PlaceLines(pages, TextPainter.Wrap(metadata.Subtitle, subtitleFont, PageComposer.Width),
                PageComposer.Left, subtitleFont, ReportStyle.Text);
        }

        pages.Place(ReportStyle.Mm(25f), (_, _) => { });
        Field(pages, texts.StudyLabel, [metadata.Study], labelFont, valueFont);
        Field(pages, texts.PeriodLabel, [ReportCulture.Period(metadata.FirstYear, metadata.LastYear)], labelFont, valueFont);
        Field(pages, texts.DateLabel, [culture.Date(metadata.Date)], labelFont, valueFont);
        Field(pages, texts.DataSourcesLabel, metadata.DataSources, labelFont, valueFont);
        pages.NewPage();
    }

    private static void Field(
        PageComposer pages, string label, IReadOnlyList<string> values, SKFont labelFont, SKFont valueFont)
    {
        var lines = values.SelectMany(v => TextPainter.Wrap(v, valueFont, PageComposer.Width - LabelWidth)).ToArray();
        var height = Math.Max(1, lines.Length) * TextPainter.LineHeight(valueFont);
        pages.Place(height + 5f, (canvas, top) =>
        {
            TextPainter.Draw(canvas, label, PageComposer.Left, top + TextPainter.Ascent(labelFont), labelFont,
                ReportStyle.Text);
            TextPainter.DrawLines(canvas, lines, PageComposer.Left + LabelWidth, top, valueFont, ReportStyle.Text);
        });
    }

    private static void AccentBar(SKCanvas canvas, float y)
    {
        using var paint = new SKPaint { Color = ReportStyle.Accent, IsAntialias = true };
        canvas.DrawRect(new SKRect(PageComposer.Left, y, PageComposer.Left + ReportStyle.Mm(30f), y + 4f), paint);
    }
}
