namespace ImpactAnalytics.Reporting.Tables;

/// <summary>A CSV column: its English snake_case name and how its numbers are written.</summary>
/// <param name="Name">The header, e.g. "median_lp".</param>
/// <param name="Decimals">
/// Fixed decimals for floating-point values ("F2"); <c>null</c> writes the shortest text that reads back to the same
/// double ("R").
/// </param>
public sealed record CsvColumn(string Name, int? Decimals = null);
