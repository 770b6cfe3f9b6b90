namespace ImpactAnalytics.Reporting.Model;

/// <summary>A column of a report table.</summary>
/// <param name="Header">The header in the report language, e.g. "Mediaan Δ".</param>
/// <param name="Format">How its values are written; every format but <see cref="CellFormat.Text"/> is right-aligned.</param>
/// <param name="Decimals">Decimals for numbers, percentages and euros (0–6).</param>
public sealed record TableColumn(string Header, CellFormat Format = CellFormat.Text, int Decimals = 1)
{
    /// <summary>Numbers are right-aligned, text is left-aligned.</summary>
    public bool IsNumeric => Format != CellFormat.Text;
}
