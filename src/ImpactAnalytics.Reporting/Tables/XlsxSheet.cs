using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>One report table as a worksheet; see <see cref="XlsxTableWriter"/>.</summary>
internal static class XlsxSheet
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public static Worksheet Build(ReportTable table, ReportCulture culture, XlsxStyles styles)
    {
        var texts = culture.Texts;
        var data = new SheetData();
        var rowIndex = 0u;
        AddTextRow(data, ++rowIndex, table.Title, XlsxStyles.Title);
        if (!string.IsNullOrWhiteSpace(table.Unit))
        {
            AddTextRow(data, ++rowIndex, texts.UnitLine(table.Unit), XlsxStyles.Note);
        }

        rowIndex++;
        var header = new Row { RowIndex = ++rowIndex };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            header.Append(TextCell(c, rowIndex, column.Header, column.IsNumeric ? XlsxStyles.HeaderRight : XlsxStyles.Header));
        }

        data.Append(header);
        foreach (var row in table.Rows)
        {
            data.Append(DataRow(row, table, ++rowIndex, texts, styles));
        }

        rowIndex++;
        foreach (var note in Notes(table, culture))
        {
            AddTextRow(data, ++rowIndex, note, XlsxStyles.Note);
        }

        return new Worksheet(Columns(table, culture), data);
    }

    private static Row DataRow(TableRow row, ReportTable table, uint rowIndex, ReportTexts texts, XlsxStyles styles)
    {
        if (row.Cells.Count != table.Columns.Count)
        {
            throw new ArgumentException(
                $"Table '{table.Id}' has {table.Columns.Count} columns but a row with {row.Cells.Count} cells.",
                nameof(row));
        }

        var result = new Row { RowIndex = rowIndex };
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var column = table.Columns[c];
            switch (cell.Kind)
            {
                case CellKind.Number:
                    result.Append(new Cell
                    {
                        CellReference = Reference(c, rowIndex),
                        DataType = CellValues.Number,
                        CellValue = new CellValue(cell.Number.ToString("R", CultureInfo.InvariantCulture)),
                        StyleIndex = styles.NumberStyle(column, row.IsTotal),
                    });
                    break;
                case CellKind.Suppressed:
                    result.Append(TextCell(c, rowIndex, texts.SuppressedMark, XlsxStyles.Mark));
                    break;
                case CellKind.Text:
                    result.Append(TextCell(c, rowIndex, cell.Text ?? string.Empty,
                        row.IsTotal ? XlsxStyles.TotalText : XlsxStyles.Default));
                    break;
                default:
                    break;
            }
        }

        return result;
    }

    private static IEnumerable<string> Notes(ReportTable table, ReportCulture culture)
    {
        if (table.HasSuppressedCells)
        {
            yield return culture.Texts.SuppressedFootnote;
        }

        foreach (var note in table.Notes)
        {
            yield return note;
        }

        if (table.FirmCount is { } n)
        {
            yield return culture.Texts.FirmCountLine(n, culture);
        }

        yield return table.Source ?? culture.Texts.SourceLine;
    }

    // Width in characters of the default font: the longest header word or formatted value, plus a margin.
    private static Columns Columns(ReportTable table, ReportCulture culture)
    {
        var columns = new Columns();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var longest = table.Rows
                .Select(row => CellText.Format(row.Cells[c], column, culture).Length)
                .Append(column.Header.Length)
                .Max();
            var width = Math.Clamp(longest + 3.0, MinWidth, MaxWidth);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static void AddTextRow(SheetData data, uint rowIndex, string text, uint style)
    {
        var row = new Row { RowIndex = rowIndex };
        row.Append(TextCell(0, rowIndex, text, style));
        data.Append(row);
    }

    private static Cell TextCell(int column, uint rowIndex, string text, uint style) => new()
    {
        CellReference = Reference(column, rowIndex),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
        StyleIndex = style,
    };

    /// <summary>"A1"-style reference of a zero-based column and a one-based row.</summary>
    internal static string Reference(int column, uint rowIndex)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name + rowIndex.ToString(CultureInfo.InvariantCulture);
    }
}
