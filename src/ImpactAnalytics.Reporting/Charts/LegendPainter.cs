using ImpactAnalytics.Reporting.Layout;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>
/// Draws a legend as centred rows of symbol + label that wrap to the available width. ScottPlot's own legend panel
/// is not used: it sizes itself for one row and clips the second when a narrow PDF chart makes the legend wrap.
/// </summary>
internal static class LegendPainter
{
    private const float SymbolWidth = 18f;
    private const float SymbolGap = 5f;
    private const float EntryGap = 16f;

    public static SKFont Font => TextPainter.Font(8.5f);

    public static IReadOnlyList<IReadOnlyList<LegendEntry>> Rows(IReadOnlyList<LegendEntry> entries, float width)
    {
        var rows = new List<IReadOnlyList<LegendEntry>>();
        var row = new List<LegendEntry>();
        var used = 0f;
        foreach (var entry in entries)
        {
            var entryWidth = EntryWidth(entry);
            if (row.Count > 0 && used + EntryGap + entryWidth > width)
            {
                rows.Add(row);
                row = [];
                used = 0f;
            }

            used += (row.Count > 0 ? EntryGap : 0f) + entryWidth;
            row.Add(entry);
        }

        if (row.Count > 0)
        {
            rows.Add(row);
        }

        return rows;
    }

    public static float Height(IReadOnlyList<IReadOnlyList<LegendEntry>> rows) =>
        rows.Count * TextPainter.LineHeight(Font);

    public static void Draw(SKCanvas canvas, IReadOnlyList<IReadOnlyList<LegendEntry>> rows, float left, float width, float top)
    {
        var font = Font;
        foreach (var row in rows)
        {
            var rowWidth = row.Sum(EntryWidth) + (EntryGap * (row.Count - 1));
            var x = left + ((width - rowWidth) / 2f);
            var baseline = top + TextPainter.Ascent(font);
            var middle = baseline - (font.Size * 0.35f);
            foreach (var entry in row)
            {
                DrawSymbol(canvas, entry, x, middle);
                TextPainter.Draw(canvas, entry.Label, x + SymbolWidth + SymbolGap, baseline, font, ReportStyle.Text);
                x += EntryWidth(entry) + EntryGap;
            }

            top += TextPainter.LineHeight(font);
        }
    }

    private static float EntryWidth(LegendEntry entry) =>
        SymbolWidth + SymbolGap + TextPainter.Width(entry.Label, Font);

    private static void DrawSymbol(SKCanvas canvas, LegendEntry entry, float x, float y)
    {
        using var paint = new SKPaint { Color = entry.Color, IsAntialias = true, StrokeWidth = 2f };
        var centre = x + (SymbolWidth / 2f);
        switch (entry.Symbol)
        {
            case LegendSymbol.Box:
                canvas.DrawRect(new SKRect(x + 2f, y - 4f, x + SymbolWidth - 2f, y + 4f), paint);
                break;
            case LegendSymbol.FilledCircle:
                canvas.DrawCircle(centre, y, 3.6f, paint);
                break;
            case LegendSymbol.FilledDiamond:
                using (var diamond = new SKPath())
                {
                    diamond.MoveTo(centre, y - 4.6f);
                    diamond.LineTo(centre + 4.6f, y);
                    diamond.LineTo(centre, y + 4.6f);
                    diamond.LineTo(centre - 4.6f, y);
                    diamond.Close();
                    canvas.DrawPath(diamond, paint);
                }

                break;
            case LegendSymbol.OpenCircle:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = 1.4f;
                canvas.DrawCircle(centre, y, 3.4f, paint);
                break;
            case LegendSymbol.DashedLine:
                using (var dash = SKPathEffect.CreateDash([5f, 3f], 0f))
                {
                    paint.PathEffect = dash;
                    canvas.DrawLine(x, y, x + SymbolWidth, y, paint);
                }

                break;
            case LegendSymbol.LineWithCircle:
                paint.StrokeWidth = 1.5f;
                canvas.DrawLine(x, y, x + SymbolWidth, y, paint);
                canvas.DrawCircle(centre, y, 3.6f, paint);
                break;
            default:
                canvas.DrawLine(x, y, x + SymbolWidth, y, paint);
                break;
        }
    }
}
