namespace ImpactAnalytics.Reporting.Model;

/// <summary>
/// A published table: its title, unit, columns and rows, the number of firms behind it and its source. The same
/// table goes to the PDF (formatted in the report language) and to the XLSX (numbers as numbers).
/// </summary>
public sealed record ReportTable
{
    /// <summary>A short stable key, e.g. "cluster_summary"; the XLSX sheet name falls back to it.</summary>
    public required string Id { get; init; }

    /// <summary>The title in the report language.</summary>
    public required string Title { get; init; }

    /// <summary>The unit of the values, e.g. "euro per VTE"; empty when the columns say it themselves.</summary>
    public string Unit { get; init; } = string.Empty;

    public required IReadOnlyList<TableColumn> Columns { get; init; }

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>The number of firms behind the table; <c>null</c> when it is not one number (then say it per row).</summary>
    public long? FirmCount { get; init; }

    /// <summary>The source line; <c>null</c> gives the default source line of the report language.</summary>
    public string? Source { get; init; }

    /// <summary>Extra footnotes, in the report language, printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when at least one cell is suppressed, so the suppression footnote is due.</summary>
    public bool HasSuppressedCells => Rows.Any(row => row.Cells.Any(cell => cell.Kind == CellKind.Suppressed));
}
