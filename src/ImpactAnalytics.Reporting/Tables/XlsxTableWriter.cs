using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// Writes report tables to an XLSX workbook, one sheet per table: the title, the unit, a bold header row, the rows
/// with numbers stored as numbers (invariant, full precision, shown with a number format), suppressed cells as the
/// mark "x", then the footnotes, N and source. Column widths are set from the content.
/// </summary>
public static class XlsxTableWriter
{
    private const int MaxSheetName = 31;

    public static void Write(IReadOnlyList<ReportTable> tables, ReportCulture culture, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = new XlsxStyles(tables);
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tables.Count; i++)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var stream = worksheetPart.GetStream(FileMode.Create, FileAccess.Write))
            {
                XlsxSheet.Write(tables[i], culture, styles, stream);
            }

            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = (uint)(i + 1),
                Name = UniqueSheetName(tables[i].Id, names),
            });
        }

        workbookPart.Workbook.Save();
    }

    public static void WriteFile(IReadOnlyList<ReportTable> tables, ReportCulture culture, string path)
    {
        using var memory = new MemoryStream();
        Write(tables, culture, memory);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, memory.ToArray());
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case.</summary>
    internal static string UniqueSheetName(string id, HashSet<string> taken)
    {
        var cleaned = new string(id.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch).ToArray())
            .Trim('\'', ' ');
        if (cleaned.Length == 0)
        {
            cleaned = "table";
        }

        var name = cleaned.Length > MaxSheetName ? cleaned[..MaxSheetName] : cleaned;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = (cleaned.Length + suffix.Length > MaxSheetName ? cleaned[..(MaxSheetName - suffix.Length)] : cleaned)
                + suffix;
        }

        return name;
    }
}
