using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tables;

/// <summary>
/// A tidy table (one header row, one observation per row) read whole into memory for the generic commands
/// (<c>impact psm</c>, <c>impact did</c>): named columns of trimmed text with each cell's number where it parses,
/// and the file line of every row. Built on the ingestion layer's readers, so it accepts what they accept: CSV with a
/// sniffed separator (<c>,</c> <c>;</c> tab), decimal comma or point, UTF-8 or Windows-1252, plain or gzip, and the
/// first sheet of an XLSX workbook. Rows are in file order.
/// </summary>
public sealed class TidyTable
{
    private readonly long[] _lines;
    private readonly TidyColumn[] _columns;
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);

    private TidyTable(string file, CsvDialect? dialect, string[] header, long[] lines, List<string>[] text, List<double>[] numbers, List<bool>[] isNumber)
    {
        File = file;
        Dialect = dialect;
        _lines = lines;
        _columns = new TidyColumn[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            _columns[c] = new TidyColumn(this, header[c], c + 1, [.. text[c]], [.. numbers[c]], [.. isNumber[c]]);
            _byName.TryAdd(header[c], c);
        }

        ColumnNames = header;
    }

    /// <summary>The name messages use for the file (its file name unless the caller chose another).</summary>
    public string File { get; }

    /// <summary>The sniffed CSV dialect; null for an XLSX workbook.</summary>
    public CsvDialect? Dialect { get; }

    /// <summary>The header's column names, trimmed, in file order (duplicates kept as they are).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The columns in header order: <c>Columns[i]</c> is the column named <c>ColumnNames[i]</c>.</summary>
    public IReadOnlyList<TidyColumn> Columns => _columns;

    /// <summary>Number of data rows in the table (rows rejected for their shape not counted).</summary>
    public int RowCount => _lines.Length;

    /// <summary>The 1-based line (CSV) or worksheet row (XLSX) on which row <paramref name="row"/> starts.</summary>
    public long LineOf(int row) => _lines[row];

    /// <summary>
    /// Reads a whole table. Never throws for bad data: a file that cannot be used gives a null table and an error
    /// issue; a row with the wrong number of fields is left out with an error issue (the caller decides whether to
    /// go on).
    /// </summary>
    /// <param name="path">The file (CSV, optionally gzip-compressed, or XLSX).</param>
    /// <param name="name">The name for messages; default the file name.</param>
    public static TidyTableResult Read(string path, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        name ??= Path.GetFileName(path);
        var log = new IngestLog();
        var tally = log.Tally(name);
        using var source = TableSources.Open(path, name, log, tally);
        if (source is null)
        {
            return new TidyTableResult(null, log.Issues.ToArray());
        }

        var header = source.Header;
        var width = header.Length;
        var text = NewLists<string>(width);
        var numbers = NewLists<double>(width);
        var isNumber = NewLists<bool>(width);
        var lines = new List<long>();
        while (source.Next())
        {
            if (!source.CheckShape())
            {
                continue;
            }

            lines.Add(source.Line);
            for (var c = 0; c < width; c++)
            {
                text[c].Add(source.Text(c));
                var ok = source.TryNumber(c, out var value);
                numbers[c].Add(ok ? value : 0.0);
                isNumber[c].Add(ok);
            }
        }

        var issues = log.Issues.ToList();
        if (lines.Count == 0)
        {
            return new TidyTableResult(null, issues);
        }

        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new DataIssue(name, 1, duplicate.Key, TidyIssueCodes.DuplicateColumn, string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: the header names column '{duplicate.Key}' {duplicate.Count()} times; the first is used"), Severity.Warning));
        }

        return new TidyTableResult(new TidyTable(name, tally.Dialect, header, [.. lines], text, numbers, isNumber), issues);
    }

    /// <summary>
    /// The column named <paramref name="name"/>: the exact name first, otherwise the one column whose name differs
    /// only in case. On failure an error issue that lists the columns the file has.
    /// </summary>
    public bool TryGetColumn(string name, [NotNullWhen(true)] out TidyColumn? column, [NotNullWhen(false)] out DataIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        if (_byName.TryGetValue(key, out var index))
        {
            (column, issue) = (_columns[index], null);
            return true;
        }

        var folded = _columns.Where(c => string.Equals(c.Name, key, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (folded.Length == 1)
        {
            (column, issue) = (folded[0], null);
            return true;
        }

        column = null;
        issue = new DataIssue(File, 1, key, TidyIssueCodes.MissingColumn,
            $"{File} has no column '{key}'; its columns are: {string.Join(", ", ColumnNames)}", Severity.Error);
        return false;
    }

    private static List<T>[] NewLists<T>(int count)
    {
        var lists = new List<T>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
