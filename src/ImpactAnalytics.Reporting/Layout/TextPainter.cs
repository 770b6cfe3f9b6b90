using System.Collections.Concurrent;
using ImpactAnalytics.Reporting.Fonts;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Layout;

/// <summary>Measures, wraps and draws text in the embedded report font, on any Skia canvas (PDF, PNG, SVG).</summary>
internal static class TextPainter
{
    private static readonly ConcurrentDictionary<(float Size, bool Bold), SKFont> _fonts = new();

    /// <summary>
    /// A shared font of the embedded family; never dispose or change it. Layout records drawings that run later, so
    /// the fonts they use live as long as the process.
    /// </summary>
    public static SKFont Font(float size, bool bold = false) => _fonts.GetOrAdd((size, bold), Create);

    private static SKFont Create((float Size, bool Bold) key) =>
        new(ReportFonts.Get(key.Bold), key.Size)
        {
            // Unhinted, linear advances: the same widths in the PDF (points) and the PNG (scaled pixels).
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };

    /// <summary>Distance between two baselines.</summary>
    public static float LineHeight(SKFont font) => font.Size * ReportStyle.LineSpacing;

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public static float Ascent(SKFont font) => -font.Metrics.Ascent;

    public static float Width(string text, SKFont font) => font.MeasureText(text);

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="width"/> at spaces and at '\n'. A no-break space keeps
    /// its neighbours together; a single word wider than the line stays whole on a line of its own.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && font.MeasureText(candidate) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>.</summary>
    public static void Draw(
        SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color,
        SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    /// <summary>Draws wrapped lines from <paramref name="top"/> down and returns the height used.</summary>
    public static float DrawLines(
        SKCanvas canvas, IReadOnlyList<string> lines, float x, float top, SKFont font, SKColor color)
    {
        var baseline = top + Ascent(font);
        foreach (var line in lines)
        {
            Draw(canvas, line, x, baseline, font, color);
            baseline += LineHeight(font);
        }

        return lines.Count * LineHeight(font);
    }
}
