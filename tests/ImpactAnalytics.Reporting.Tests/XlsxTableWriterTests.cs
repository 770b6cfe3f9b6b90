using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class XlsxTableWriterTests
{
    private static SpreadsheetDocument WriteDemo(MemoryStream stream)
    {
        XlsxTableWriter.Write([DemoReport.KeyFigures(), DemoReport.Benchmarks()], ReportCulture.DutchBelgium, stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, isEditable: false);
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell CellAt(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string TextOf(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    [Fact]
    public void Each_table_gets_its_own_sheet()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);

        var names = document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value ?? string.Empty).ToArray();

        Assert.Equal(["cluster_summary", "benchmarks"], names);
    }

    [Fact]
    public void Title_unit_and_header_come_before_the_rows()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);
        var sheet = Sheet(document, "cluster_summary");

        Assert.Equal("Tabel 1. Kerncijfers per cluster, 2022", TextOf(CellAt(sheet, "A1")));
        Assert.StartsWith("Eenheid: euro", TextOf(CellAt(sheet, "A2")), StringComparison.Ordinal);
        Assert.Equal("Cluster", TextOf(CellAt(sheet, "A4")));
        Assert.Equal("Toegevoegde waarde", TextOf(CellAt(sheet, "C4")));
        Assert.Equal("Catalisti", TextOf(CellAt(sheet, "A5")));
    }

    [Fact]
    public void Header_row_is_bold()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);
        var sheet = Sheet(document, "cluster_summary");
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var format = (CellFormat)stylesheet.CellFormats!.ElementAt((int)CellAt(sheet, "B4").StyleIndex!.Value);
        var font = (Font)stylesheet.Fonts!.ElementAt((int)format.FontId!.Value);

        Assert.NotNull(font.Bold);
    }

    [Fact]
    public void Numbers_are_stored_as_invariant_numbers_not_text()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);
        var sheet = Sheet(document, "cluster_summary");

        var va = CellAt(sheet, "C5");
        var fte = CellAt(sheet, "D5");

        Assert.Equal(CellValues.Number, va.DataType!.Value);
        Assert.Equal(4_812_345_678.0, double.Parse(va.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal("31245.5", fte.CellValue!.Text);
    }

    [Fact]
    public void Suppressed_cells_show_the_mark_and_the_sheet_has_the_footnote()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);
        var sheet = Sheet(document, "cluster_summary");

        Assert.Equal("x", TextOf(CellAt(sheet, "C9")));
        var texts = sheet.Descendants<Cell>().Select(TextOf).ToArray();
        Assert.Contains(ReportTexts.Dutch.SuppressedFootnote, texts);
        Assert.Contains(ReportTexts.Dutch.SourceLine, texts);
        Assert.Contains("N = 1.234 ondernemingen", texts);
    }

    [Fact]
    public void Every_column_has_a_width()
    {
        using var stream = new MemoryStream();
        using var document = WriteDemo(stream);
        var sheet = Sheet(document, "benchmarks");

        var columns = sheet.Descendants<Column>().ToArray();

        Assert.Equal(5, columns.Length);
        Assert.All(columns, c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 8));
    }

    [Fact]
    public void Sheet_names_follow_excel_rules()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        Assert.Equal("a_b", XlsxTableWriter.UniqueSheetName("a/b", taken));
        Assert.Equal("A_B_2", XlsxTableWriter.UniqueSheetName("A/B", taken));
        Assert.Equal(31, XlsxTableWriter.UniqueSheetName(new string('z', 40), taken).Length);
    }
}
