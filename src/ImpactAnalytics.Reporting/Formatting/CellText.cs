using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Formatting;

/// <summary>How a table cell reads in the report language.</summary>
internal static class CellText
{
    public static string Format(TableCell cell, TableColumn column, ReportCulture culture) => cell.Kind switch
    {
        CellKind.Empty => string.Empty,
        CellKind.Text => cell.Text ?? string.Empty,
        CellKind.Suppressed => culture.Texts.SuppressedMark,
        _ => column.Format switch
        {
            CellFormat.WholeNumber => culture.WholeNumber((long)Math.Round(cell.Number, MidpointRounding.AwayFromZero)),
            CellFormat.Percent => culture.Percent(cell.Number, column.Decimals),
            CellFormat.SignedPercent => culture.SignedPercent(cell.Number, column.Decimals),
            CellFormat.Euro => culture.Euro(cell.Number, column.Decimals),
            CellFormat.Year => ReportCulture.Year((int)Math.Round(cell.Number, MidpointRounding.AwayFromZero)),
            _ => culture.Number(cell.Number, column.Decimals),
        },
    };
}
