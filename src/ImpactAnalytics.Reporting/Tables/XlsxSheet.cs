using System.Globalization;
using System.Text;
using System.Xml;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// One report table as a worksheet; see <see cref="XlsxTableWriter"/>. The sheet's XML is streamed into the part
/// (the same elements the OpenXML object model writes), so a sheet of many thousand rows builds no object tree.
/// </summary>
internal static class XlsxSheet
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings _settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    public static void Write(ReportTable table, ReportCulture culture, XlsxStyles styles, Stream output)
    {
        var texts = culture.Texts;
        using var xml = XmlWriter.Create(output, _settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("x", "worksheet", Main);
        Columns(xml, table, culture);
        xml.WriteStartElement("x", "sheetData", Main);
        var rowIndex = 0u;
        TextRow(xml, ++rowIndex, table.Title, XlsxStyles.Title);
        if (!string.IsNullOrWhiteSpace(table.Unit))
        {
            TextRow(xml, ++rowIndex, texts.UnitLine(table.Unit), XlsxStyles.Note);
        }

        rowIndex++;
        StartRow(xml, ++rowIndex);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            TextCell(xml, c, rowIndex, column.Header, column.IsNumeric ? XlsxStyles.HeaderRight : XlsxStyles.Header);
        }

        xml.WriteEndElement();
        foreach (var row in table.Rows)
        {
            DataRow(xml, row, table, ++rowIndex, texts, styles);
        }

        rowIndex++;
        foreach (var note in Notes(table, culture))
        {
            TextRow(xml, ++rowIndex, note, XlsxStyles.Note);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void DataRow(XmlWriter xml, TableRow row, ReportTable table, uint rowIndex, ReportTexts texts, XlsxStyles styles)
    {
        if (row.Cells.Count != table.Columns.Count)
        {
            throw new ArgumentException(
                $"Table '{table.Id}' has {table.Columns.Count} columns but a row with {row.Cells.Count} cells.",
                nameof(row));
        }

        StartRow(xml, rowIndex);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var column = table.Columns[c];
            switch (cell.Kind)
            {
                case CellKind.Number:
                    StartCell(xml, c, rowIndex, styles.NumberStyle(column, row.IsTotal), "n");
                    xml.WriteElementString("x", "v", Main, cell.Number.ToString("R", CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                    break;
                case CellKind.Suppressed:
                    TextCell(xml, c, rowIndex, texts.SuppressedMark, XlsxStyles.Mark);
                    break;
                case CellKind.Text:
                    TextCell(xml, c, rowIndex, cell.Text ?? string.Empty,
                        row.IsTotal ? XlsxStyles.TotalText : XlsxStyles.Default);
                    break;
                default:
                    break;
            }
        }

        xml.WriteEndElement();
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
    private static void Columns(XmlWriter xml, ReportTable table, ReportCulture culture)
    {
        xml.WriteStartElement("x", "cols", Main);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var longest = column.Header.Length;
            foreach (var row in table.Rows)
            {
                longest = Math.Max(longest, CellText.Format(row.Cells[c], column, culture).Length);
            }

            var width = Math.Clamp(longest + 3.0, MinWidth, MaxWidth);
            var number = (c + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("x", "col", Main);
            xml.WriteAttributeString("min", number);
            xml.WriteAttributeString("max", number);
            xml.WriteAttributeString("width", XmlConvert.ToString(width));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void TextRow(XmlWriter xml, uint rowIndex, string text, uint style)
    {
        StartRow(xml, rowIndex);
        TextCell(xml, 0, rowIndex, text, style);
        xml.WriteEndElement();
    }

    private static void StartRow(XmlWriter xml, uint rowIndex)
    {
        xml.WriteStartElement("x", "row", Main);
        xml.WriteAttributeString("r", rowIndex.ToString(CultureInfo.InvariantCulture));
    }

    private static void StartCell(XmlWriter xml, int column, uint rowIndex, uint style, string type)
    {
        xml.WriteStartElement("x", "c", Main);
        xml.WriteAttributeString("r", Reference(column, rowIndex));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("t", type);
    }

    private static void TextCell(XmlWriter xml, int column, uint rowIndex, string text, uint style)
    {
        StartCell(xml, column, rowIndex, style, "inlineStr");
        xml.WriteStartElement("x", "is", Main);
        // <x:t></x:t> for an empty text, as the object model writes it.
        xml.WriteStartElement("x", "t", Main);
        xml.WriteString(text);
        xml.WriteFullEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

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
