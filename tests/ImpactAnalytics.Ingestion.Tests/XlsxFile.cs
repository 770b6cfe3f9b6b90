using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>Writes a small workbook the way Excel does: text as shared strings, numbers as numeric cells.</summary>
internal static class XlsxFile
{
    /// <summary>Rows of cells; a cell that parses as a number is written as a numeric cell, null leaves a gap.</summary>
    public static string Write(string folder, string name, string?[][] rows)
    {
        var path = Path.Combine(folder, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable();
        var strings = new List<string>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not { } text)
                {
                    continue;
                }

                var reference = $"{(char)('A' + c)}{r + 1}";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                }
                else
                {
                    var index = strings.IndexOf(text);
                    if (index < 0)
                    {
                        strings.Add(text);
                        shared.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                        index = strings.Count - 1;
                    }

                    row.Append(new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
                    });
                }
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Leden" });
        workbook.Workbook.Save();
        return path;
    }
}
