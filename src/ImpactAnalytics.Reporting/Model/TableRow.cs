namespace ImpactAnalytics.Reporting.Model;

/// <summary>A row of a report table; one cell per column.</summary>
/// <param name="Cells">The cells, in column order.</param>
/// <param name="IsTotal">A total row, drawn bold above a rule.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsTotal = false)
{
    public TableRow(params TableCell[] cells)
        : this((IReadOnlyList<TableCell>)cells)
    {
    }
}
