using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportColumn = ImpactAnalytics.Reporting.Model.TableColumn;
using ValueFormat = ImpactAnalytics.Reporting.Model.CellFormat;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// The workbook's stylesheet: fixed styles for titles, notes, headers and marks, plus one number style per
/// (format, decimals) that the tables use. Style indices are positions in the cellXfs list.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Note = 2;
    public const uint Header = 3;
    public const uint HeaderRight = 4;
    public const uint Mark = 5;
    public const uint TotalText = 6;

    private const uint FirstCustomFormatId = 164;
    private const uint FixedStyleCount = 7;

    private readonly List<(ValueFormat Format, int Decimals)> _numberStyles = [];

    public XlsxStyles(IEnumerable<Model.ReportTable> tables)
    {
        foreach (var column in tables.SelectMany(t => t.Columns).Where(c => c.IsNumeric))
        {
            var key = Key(column);
            if (!_numberStyles.Contains(key))
            {
                _numberStyles.Add(key);
            }
        }
    }

    /// <summary>The style of a number in <paramref name="column"/>; the bold variant for total rows.</summary>
    public uint NumberStyle(ReportColumn column, bool bold) =>
        FixedStyleCount + (uint)(2 * _numberStyles.IndexOf(Key(column))) + (bold ? 1u : 0u);

    public Stylesheet Build()
    {
        var formats = new NumberingFormats();
        for (var i = 0; i < _numberStyles.Count; i++)
        {
            formats.Append(new NumberingFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)i,
                FormatCode = FormatCode(_numberStyles[i].Format, _numberStyles[i].Decimals),
            });
        }

        formats.Count = (uint)_numberStyles.Count;
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat { FontId = 3, ApplyFont = true },
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right, WrapText = true })
            {
                FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true,
                ApplyAlignment = true,
            },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true });
        for (var i = 0; i < _numberStyles.Count; i++)
        {
            cellFormats.Append(new CellFormat { NumberFormatId = FirstCustomFormatId + (uint)i, ApplyNumberFormat = true });
            cellFormats.Append(new CellFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)i, FontId = 1, ApplyNumberFormat = true, ApplyFont = true,
            });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new DocumentFormat.OpenXml.Spreadsheet.Fonts(Font(false, 11, null), Font(true, 11, null), Font(true, 13, null), Font(false, 9, "FF5F6368"))
            { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE6EEF5" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                    new BottomBorder(new Color { Rgb = "FF9AA0A6" }) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder()))
            { Count = 2 },
            cellFormats);
    }

    // Excel shows the number in the reader's own locale; the stored value stays invariant.
    private static string FormatCode(ValueFormat format, int decimals)
    {
        var fraction = decimals > 0 ? "." + new string('0', decimals) : string.Empty;
        return format switch
        {
            ValueFormat.WholeNumber => "#,##0",
            ValueFormat.Year => "0",
            ValueFormat.Percent => "0" + fraction + "%",
            ValueFormat.SignedPercent => "+0" + fraction + "%;-0" + fraction + "%;0" + fraction + "%",
            ValueFormat.Euro => "\"€\" #,##0" + fraction,
            _ => "#,##0" + fraction,
        };
    }

    private static (ValueFormat, int) Key(ReportColumn column) => column.Format switch
    {
        ValueFormat.WholeNumber or ValueFormat.Year => (column.Format, 0),
        _ => (column.Format, column.Decimals),
    };

    private static Font Font(bool bold, double size, string? argb)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (argb is not null)
        {
            font.Append(new Color { Rgb = argb });
        }

        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
