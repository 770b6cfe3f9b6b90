using System.Globalization;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// A table read row by row, whatever its format (CSV or the first sheet of an XLSX workbook), as the register,
/// membership and firm-year readers see it: a header, then records with a line number and text fields.
/// </summary>
internal abstract class TableSource : IDisposable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    protected TableSource(string[] header, FileTally tally, IngestLog log)
    {
        Header = header;
        Tally = tally;
        Log = log;
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(Normalise(header[i]), i);
        }

        tally.Columns = header;
    }

    public string[] Header { get; }

    public FileTally Tally { get; }

    public string File => Tally.File;

    /// <summary>1-based line (CSV) or row number (XLSX) of the current record.</summary>
    public abstract long Line { get; }

    public IngestLog Log { get; }

    /// <summary>Advances to the next record and counts it as read; <c>false</c> at the end (or on a read failure, reported).</summary>
    public abstract bool Next();

    /// <summary>Rejects a malformed record (wrong field count, unclosed quote); <c>true</c> when the shape is right.</summary>
    public abstract bool CheckShape();

    /// <summary>The text of field i of the current record, trimmed; empty when absent.</summary>
    public abstract string Text(int i);

    /// <summary>Parses field i as a number in the file's dialect.</summary>
    public abstract bool TryNumber(int i, out double value);

    /// <summary>Every field of the current record (for quarantine).</summary>
    public abstract string[] Fields();

    /// <summary>The index of the first column whose normalised name (case, spaces, hyphens ignored) matches, or -1.</summary>
    public int Column(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(Normalise(name), out var i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reports a required column that the header lacks; <c>false</c> when it is missing.</summary>
    public bool Require(int index, string column)
    {
        if (index >= 0)
        {
            return true;
        }

        Log.FileError(File, IssueCodes.FileMissingColumn, string.Create(
            CultureInfo.InvariantCulture,
            $"{File}: required column '{column}' not found; the header has: {string.Join(", ", Header)}"));
        return false;
    }

    /// <summary>The header name of column i (for issues).</summary>
    public string ColumnName(int i) => i >= 0 && i < Header.Length ? Header[i] : string.Empty;

    /// <summary>Rejects the current row with an error issue on column <paramref name="column"/>.</summary>
    public void Reject(int column, string code, string message) =>
        Log.Reject(Tally, Line, ColumnName(column), code, message, Fields());

    public abstract void Dispose();

    internal static string Normalise(string name) =>
        name.Trim().Replace(' ', '_').Replace('-', '_').ToLowerInvariant();
}
