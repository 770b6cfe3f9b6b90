using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// The first worksheet of an XLSX workbook as a table (cluster boards keep membership lists in Excel): the first
/// non-empty row is the header; shared strings, inline strings, booleans and numeric cells (invariant text) are
/// read; cells are placed by their reference, so gaps stay gaps. <see cref="Line"/> is the worksheet row number.
/// </summary>
internal sealed class XlsxSource : TableSource
{
    private readonly List<(long Row, string[] Cells)> _rows;
    private int _index = -1;

    private XlsxSource(string[] header, List<(long Row, string[] Cells)> rows, FileTally tally, IngestLog log)
        : base(header, tally, log) => _rows = rows;

    public override long Line => _rows[_index].Row;

    public static XlsxSource? Open(string path, string name, IngestLog log, FileTally tally)
    {
        if (!System.IO.File.Exists(path))
        {
            log.FileError(name, IssueCodes.FileNotFound, $"{name}: file not found at '{path}'");
            return null;
        }

        if (new FileInfo(path).Length == 0)
        {
            log.FileError(name, IssueCodes.FileEmpty, $"{name}: the file is empty");
            return null;
        }

        List<(long Row, string[] Cells)> rows;
        try
        {
            rows = ReadFirstSheet(path);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            log.FileError(name, IssueCodes.FileUnreadable, $"{name}: not a readable XLSX workbook: {e.Message}");
            return null;
        }

        if (rows.Count == 0)
        {
            log.FileError(name, IssueCodes.FileEmpty, $"{name}: the first worksheet is empty");
            return null;
        }

        var header = rows[0].Cells.Select(c => c.Trim()).ToArray();
        rows.RemoveAt(0);
        return new XlsxSource(header, rows, tally, log);
    }

    public override bool Next()
    {
        if (_index + 1 >= _rows.Count)
        {
            if (Tally.Read == 0)
            {
                Log.FileError(File, IssueCodes.FileHeaderOnly, $"{File}: the worksheet has a header row but no data rows");
            }

            return false;
        }

        _index++;
        Tally.Read++;
        return true;
    }

    public override bool CheckShape()
    {
        var cells = _rows[_index].Cells;
        for (var i = Header.Length; i < cells.Length; i++)
        {
            if (cells[i].Length > 0)
            {
                Reject(-1, IssueCodes.RowFieldCount, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the row has a value in column {i + 1}, right of the header's {Header.Length} columns"));
                return false;
            }
        }

        return true;
    }

    public override string Text(int i)
    {
        var cells = _rows[_index].Cells;
        return i >= 0 && i < cells.Length ? cells[i].Trim() : string.Empty;
    }

    public override bool TryNumber(int i, out double value)
    {
        var bytes = Encoding.UTF8.GetBytes(Text(i));
        return NumberParser.TryParse(bytes, false, out value) || NumberParser.TryParse(bytes, true, out value);
    }

    public override string[] Fields() => _rows[_index].Cells;

    public override void Dispose()
    {
    }

    private static List<(long Row, string[] Cells)> ReadFirstSheet(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook part");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("the workbook has no worksheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException("the first sheet has no id"));
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<(long Row, string[] Cells)>();
        long rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value ?? rowNumber + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(CellText(cell, shared));
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                rows.Add((rowNumber, cells.ToArray()));
            }
        }

        return rows;
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length
                ? shared[i]
                : throw new InvalidDataException($"cell {cell.CellReference?.Value} refers to shared string {raw}, which does not exist");
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
