using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion;

/// <summary>
/// What became of every row of one input file: <see cref="RowsRead"/> = <see cref="RowsUsed"/> +
/// <see cref="RowsQuarantined"/>. A row is one data record (one rubric entry in a JSON filing); blank lines are not rows.
/// </summary>
/// <param name="File">The file's name as issues and quarantine name it.</param>
/// <param name="RowsRead">Data records read (header excluded).</param>
/// <param name="RowsUsed">Records accepted (not rejected), including the skipped ones.</param>
/// <param name="RowsQuarantined">Records rejected to quarantine.</param>
/// <param name="RowsSkipped">
/// Part of <see cref="RowsUsed"/>: valid records that did not reach the panel by design — rubric codes the engine
/// does not use, years outside the study, N−1 comparatives superseded by an N filing, superseded deposits. Each kind
/// is summarised by an info issue.
/// </param>
/// <param name="Columns">The file's column names (quarantine files repeat them); empty when the file has no header.</param>
/// <param name="Dialect">The sniffed CSV dialect; <c>null</c> for XLSX and JSON files or an unreadable file.</param>
public sealed record FileAccounting(
    string File,
    long RowsRead,
    long RowsUsed,
    long RowsQuarantined,
    long RowsSkipped,
    IReadOnlyList<string> Columns,
    CsvDialect? Dialect);
