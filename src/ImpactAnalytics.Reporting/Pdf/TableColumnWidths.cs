using ImpactAnalytics.Reporting.Layout;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>
/// Column widths of a table across the full text width: each column gets at least its widest cell and its longest
/// header word; what is left goes first to headers that would otherwise wrap, then evenly to all. When even
/// the minimum is too wide, text columns give way and their cells wrap. Widths in points, padding included.
/// </summary>
internal static class TableColumnWidths
{
    public const float Padding = 4f;
    private const float MinimumTextWidth = 48f;

    public static float[] Compute(
        IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> cells, IReadOnlyList<bool> numeric,
        SKFont cellFont, SKFont headerFont, float available, IReadOnlyList<bool>? boldRows = null)
    {
        // Total rows are set in the bold (header) font, which is wider.
        SKFont FontOf(int row) => boldRows is not null && boldRows[row] ? headerFont : cellFont;
        var count = headers.Count;
        var minimum = new float[count];
        var preferred = new float[count];
        for (var c = 0; c < count; c++)
        {
            var widestCell = cells.Count == 0 ? 0f : cells.Select((row, r) => TextPainter.Width(row[c], FontOf(r))).Max();
            var longestWord = headers[c].Split(' ').Max(word => TextPainter.Width(word, headerFont));
            minimum[c] = Math.Max(widestCell, longestWord) + (2 * Padding);
            preferred[c] = Math.Max(widestCell, TextPainter.Width(headers[c], headerFont)) + (2 * Padding);
        }

        var widths = (float[])minimum.Clone();
        var spare = available - widths.Sum();
        if (spare < 0)
        {
            ShrinkTextColumns(widths, numeric, -spare);
            return widths;
        }

        var headerNeed = preferred.Select((p, c) => p - minimum[c]).ToArray();
        var totalNeed = headerNeed.Sum();
        var toHeaders = Math.Min(spare, totalNeed);
        for (var c = 0; c < count; c++)
        {
            widths[c] += totalNeed > 0 ? toHeaders * headerNeed[c] / totalNeed : 0f;
        }

        // The rest is shared evenly, so numbers do not drift far from their row labels.
        spare -= toHeaders;
        for (var c = 0; c < count; c++)
        {
            widths[c] += spare / count;
        }

        return widths;
    }

    private static void ShrinkTextColumns(float[] widths, IReadOnlyList<bool> numeric, float excess)
    {
        var textColumns = Enumerable.Range(0, widths.Length).Where(c => !numeric[c]).ToArray();
        var shrinkable = textColumns.Sum(c => Math.Max(0f, widths[c] - MinimumTextWidth));
        if (shrinkable <= 0)
        {
            return;
        }

        var factor = Math.Min(1f, excess / shrinkable);
        foreach (var c in textColumns)
        {
            widths[c] -= Math.Max(0f, widths[c] - MinimumTextWidth) * factor;
        }
    }
}
