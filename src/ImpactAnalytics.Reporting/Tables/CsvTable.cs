namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// A data table for a CSV file: English column names and raw values. Rows are written in the order given; the
/// caller sorts them by their key so that the same inputs give the same file.
/// </summary>
public sealed record CsvTable(IReadOnlyList<CsvColumn> Columns, IReadOnlyList<IReadOnlyList<CsvValue>> Rows);
