using SkiaSharp;

namespace ImpactAnalytics.Reporting.Layout;

/// <summary>
/// Sizes and colours of the report. Lengths are in PDF points (1/72 inch); a chart's lengths are in chart units,
/// which are points in the PDF and device-independent pixels in the PNG and SVG files.
/// </summary>
internal static class ReportStyle
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    public static float Mm(float millimetres) => millimetres * PointsPerMillimetre;

    // A4 portrait, ISO 216: 210 × 297 mm.
    public static readonly float PageWidth = Mm(210f);
    public static readonly float PageHeight = Mm(297f);
    public static readonly float MarginLeft = Mm(22f);
    public static readonly float MarginRight = Mm(22f);
    public static readonly float MarginTop = Mm(20f);
    public static readonly float MarginBottom = Mm(22f);
    public static readonly float ContentWidth = PageWidth - MarginLeft - MarginRight;

    public const float BodySize = 10f;
    public const float Heading1Size = 16f;
    public const float Heading2Size = 12.5f;
    public const float Heading3Size = 10.5f;
    public const float TableSize = 8.5f;
    public const float CaptionSize = 8f;
    public const float FooterSize = 8f;
    public const float LineSpacing = 1.32f;

    public static readonly SKColor Text = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x5F, 0x63, 0x68);
    public static readonly SKColor Accent = new(0x1F, 0x4E, 0x79);
    public static readonly SKColor Rule = new(0x9A, 0xA0, 0xA6);
    public static readonly SKColor HeaderFill = new(0xE6, 0xEE, 0xF5);

    // Chart palette: dark blue and orange are told apart also in grey print and by most colour-blind readers.
    public static readonly SKColor SeriesBlue = new(0x1F, 0x4E, 0x79);
    public static readonly SKColor SeriesLightBlue = new(0x7F, 0xAE, 0xD6);
    public static readonly SKColor SeriesOrange = new(0xD9, 0x6C, 0x1E);
    public static readonly SKColor SeriesGrey = new(0x8A, 0x8F, 0x94);
}
