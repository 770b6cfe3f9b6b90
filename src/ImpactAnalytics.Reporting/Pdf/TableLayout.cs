using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Layout;
using ImpactAnalytics.Reporting.Model;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Pdf;

/// <summary>
/// A table on the page: title and unit above, a shaded header row, right-aligned numbers, suppression marks, and
/// below it the footnotes, N and the source line. A table that does not fit runs on onto the next page under its
/// title with "(vervolg)" and its header repeated.
/// </summary>
internal sealed class TableLayout
{
    private const float VerticalPadding = 2.6f;

    private readonly ReportTable _table;
    private readonly ReportCulture _culture;
    private readonly SKFont _cellFont = TextPainter.Font(ReportStyle.TableSize);
    private readonly SKFont _boldFont = TextPainter.Font(ReportStyle.TableSize, bold: true);
    private readonly SKFont _titleFont = TextPainter.Font(ReportStyle.BodySize, bold: true);
    private readonly SKFont _noteFont = TextPainter.Font(ReportStyle.CaptionSize);
    private readonly float[] _widths;
    private readonly IReadOnlyList<IReadOnlyList<string>> _texts;

    private TableLayout(ReportTable table, ReportCulture culture)
    {
        _table = table;
        _culture = culture;
        foreach (var row in table.Rows.Where(r => r.Cells.Count != table.Columns.Count))
        {
            throw new ArgumentException(
                $"Table '{table.Id}' has {table.Columns.Count} columns but a row with {row.Cells.Count} cells.",
                nameof(table));
        }

        _texts = table.Rows
            .Select(row => (IReadOnlyList<string>)row.Cells
                .Select((cell, c) => CellText.Format(cell, table.Columns[c], culture)).ToArray())
            .ToArray();
        _widths = TableColumnWidths.Compute(
            table.Columns.Select(c => c.Header).ToArray(), _texts, table.Columns.Select(c => c.IsNumeric).ToArray(),
            _cellFont, _boldFont, PageComposer.Width, table.Rows.Select(r => r.IsTotal).ToArray());
    }

    public static void Place(PageComposer pages, ReportTable table, ReportCulture culture) =>
        new TableLayout(table, culture).Place(pages);

    private void Place(PageComposer pages)
    {
        var header = Wrapped(_table.Columns.Select(c => c.Header).ToArray(), _boldFont);
        var rows = _texts.Select((texts, r) => Wrapped(texts, _table.Rows[r].IsTotal ? _boldFont : _cellFont)).ToArray();
        var firstRow = rows.Length > 0 ? RowHeight(rows[0], _cellFont) : 0f;

        pages.Space(6f);
        pages.EnsureSpace(CaptionHeight(_table.Title) + RowHeight(header, _boldFont) + firstRow);
        PlaceCaption(pages, _table.Title);
        PlaceHeader(pages, header);
        for (var r = 0; r < rows.Length; r++)
        {
            var font = _table.Rows[r].IsTotal ? _boldFont : _cellFont;
            var height = RowHeight(rows[r], font);
            if (height > pages.Remaining)
            {
                pages.NewPage();
                PlaceCaption(pages, _table.Title + " " + _culture.Texts.ContinuedSuffix);
                PlaceHeader(pages, header);
            }

            PlaceRow(pages, rows[r], font, _table.Rows[r].IsTotal, height);
        }

        pages.Place(0f, (canvas, top) => Rule(canvas, top, 0.8f));
        PlaceNotes(pages);
        pages.Space(10f);
    }

    private float CaptionHeight(string title) =>
        (TextPainter.Wrap(title, _titleFont, PageComposer.Width).Count * TextPainter.LineHeight(_titleFont))
        + (string.IsNullOrWhiteSpace(_table.Unit) ? 0f : TextPainter.LineHeight(_noteFont)) + 3f;

    private void PlaceCaption(PageComposer pages, string title)
    {
        TextBlockLayout.PlaceLines(pages, TextPainter.Wrap(title, _titleFont, PageComposer.Width), PageComposer.Left,
            _titleFont, ReportStyle.Text);
        if (!string.IsNullOrWhiteSpace(_table.Unit))
        {
            TextBlockLayout.PlaceLines(pages, [_culture.Texts.UnitLine(_table.Unit)], PageComposer.Left, _noteFont,
                ReportStyle.Muted);
        }

        pages.Place(3f, (_, _) => { });
    }

    private void PlaceHeader(PageComposer pages, IReadOnlyList<IReadOnlyList<string>> header)
    {
        var height = RowHeight(header, _boldFont);
        pages.Place(height, (canvas, top) =>
        {
            using var fill = new SKPaint { Color = ReportStyle.HeaderFill, IsAntialias = true };
            canvas.DrawRect(new SKRect(PageComposer.Left, top, PageComposer.Left + _widths.Sum(), top + height), fill);
            Rule(canvas, top, 0.8f);
            DrawCells(canvas, header, top, _boldFont);
            Rule(canvas, top + height, 0.5f);
        });
    }

    private void PlaceRow(PageComposer pages, IReadOnlyList<IReadOnlyList<string>> cells, SKFont font, bool isTotal, float height) =>
        pages.Place(height, (canvas, top) =>
        {
            if (isTotal)
            {
                Rule(canvas, top, 0.5f);
            }

            DrawCells(canvas, cells, top, font);
        });

    private void PlaceNotes(PageComposer pages)
    {
        var notes = new List<string>();
        if (_table.HasSuppressedCells)
        {
            notes.Add(_culture.Texts.SuppressedFootnote);
        }

        notes.AddRange(_table.Notes);
        if (_table.FirmCount is { } n)
        {
            notes.Add(_culture.Texts.FirmCountLine(n, _culture));
        }

        notes.Add(_table.Source ?? _culture.Texts.SourceLine);
        pages.Place(2f, (_, _) => { });
        foreach (var note in notes)
        {
            TextBlockLayout.PlaceLines(pages, TextPainter.Wrap(note, _noteFont, PageComposer.Width), PageComposer.Left,
                _noteFont, ReportStyle.Muted);
        }
    }

    private void DrawCells(SKCanvas canvas, IReadOnlyList<IReadOnlyList<string>> cells, float top, SKFont font)
    {
        var x = PageComposer.Left;
        for (var c = 0; c < cells.Count; c++)
        {
            var numeric = _table.Columns[c].IsNumeric;
            var baseline = top + VerticalPadding + TextPainter.Ascent(font);
            foreach (var line in cells[c])
            {
                var lineX = numeric ? x + _widths[c] - TableColumnWidths.Padding : x + TableColumnWidths.Padding;
                TextPainter.Draw(canvas, line, lineX, baseline, font, ReportStyle.Text,
                    numeric ? SKTextAlign.Right : SKTextAlign.Left);
                baseline += TextPainter.LineHeight(font);
            }

            x += _widths[c];
        }
    }

    private IReadOnlyList<string>[] Wrapped(IReadOnlyList<string> texts, SKFont font) =>
        texts.Select((text, c) => TextPainter.Wrap(text, font, _widths[c] - (2 * TableColumnWidths.Padding))).ToArray();

    private static float RowHeight(IReadOnlyList<IReadOnlyList<string>> cells, SKFont font) =>
        (cells.Max(lines => lines.Count) * TextPainter.LineHeight(font)) + (2 * VerticalPadding);

    private void Rule(SKCanvas canvas, float y, float thickness)
    {
        using var paint = new SKPaint { Color = ReportStyle.Rule, StrokeWidth = thickness, IsAntialias = true };
        canvas.DrawLine(PageComposer.Left, y, PageComposer.Left + _widths.Sum(), y, paint);
    }
}
