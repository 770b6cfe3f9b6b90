using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// A benchmark table (CSV, also gzip or XLSX) as the shared <see cref="TidyTable"/> reads it, with what the CSV
/// benchmark readers share: opening and reporting, columns looked up by name ignoring case, cells by row and column.
/// </summary>
internal sealed class BenchmarkTable
{
    private readonly TidyTable _table;

    private BenchmarkTable(TidyTable table) => _table = table;

    public int RowCount => _table.RowCount;

    /// <summary>
    /// Reads <paramref name="path"/> and lets <paramref name="readRows"/> turn its rows into benchmarks. The shared
    /// reader's issues are filed under <paramref name="path"/>; its errors (a file that cannot be used, a row that is
    /// not well-formed CSV, which is left out) under <see cref="ExternalBenchmarkIssueCodes.FileInvalid"/>.
    /// </summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2, Action<BenchmarkTable, BenchmarkRows> readRows)
    {
        var rows = new BenchmarkRows(path, rev2);
        var result = TidyTable.Read(path);
        foreach (var issue in result.Issues)
        {
            rows.Issues.Add(issue with
            {
                File = path,
                Code = issue.Severity == Severity.Error ? ExternalBenchmarkIssueCodes.FileInvalid : issue.Code,
            });
        }

        if (result.Table is { } table)
        {
            readRows(new BenchmarkTable(table), rows);
        }

        return rows.Result();
    }

    /// <summary>1-based line on which row <paramref name="row"/> starts.</summary>
    public long Line(int row) => _table.LineOf(row);

    /// <summary>The trimmed cell; empty when <paramref name="column"/> is −1 (an optional column the file lacks).</summary>
    public string Cell(int row, int column) => column < 0 ? string.Empty : _table.Columns[column].Text[row];

    /// <summary>The header's name of a column, for issues.</summary>
    public string Name(int column) => _table.ColumnNames[column];

    public bool Contains(string name) => Index(name) >= 0;

    /// <summary>The position of the first column whose name is one of <paramref name="names"/> (case ignored), or −1.</summary>
    public int Index(params string[] names)
    {
        foreach (var name in names)
        {
            if (IndexWhere(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The position of the first column whose name starts with <paramref name="prefix"/> (case ignored), or −1.</summary>
    public int IndexStartingWith(string prefix) => IndexWhere(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private int IndexWhere(Func<string, bool> match)
    {
        for (var i = 0; i < _table.ColumnNames.Count; i++)
        {
            if (match(_table.ColumnNames[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
