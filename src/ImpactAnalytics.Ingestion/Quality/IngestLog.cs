using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Quality;

/// <summary>Collects the issues, quarantined rows and per-file tallies of one ingestion run.</summary>
internal sealed class IngestLog
{
    private readonly List<DataIssue> _issues = [];
    private readonly List<QuarantinedRow> _quarantine = [];
    private readonly List<FileTally> _tallies = [];

    public IReadOnlyList<DataIssue> Issues => _issues;

    public IReadOnlyList<QuarantinedRow> Quarantine => _quarantine;

    public IReadOnlyList<FileTally> Tallies => _tallies;

    /// <summary>Starts counting a file.</summary>
    public FileTally Tally(string file)
    {
        var tally = new FileTally(file);
        _tallies.Add(tally);
        return tally;
    }

    public void Issue(string file, long line, string column, string code, string message, Severity severity) =>
        _issues.Add(new DataIssue(file, line, column, code, message, severity));

    /// <summary>Reports an issue about the whole file (line 0) as an error.</summary>
    public void FileError(string file, string code, string message) =>
        Issue(file, 0, string.Empty, code, message, Severity.Error);

    /// <summary>Rejects a row: an error issue, the row in quarantine, and the tally.</summary>
    public void Reject(FileTally tally, long line, string column, string code, string message, IReadOnlyList<string> fields)
    {
        Issue(tally.File, line, column, code, message, Severity.Error);
        Quarantined(tally, line, code, message, fields);
    }

    /// <summary>Puts a row in quarantine without a separate issue (the issue was reported once for many rows).</summary>
    public void Quarantined(FileTally tally, long line, string code, string message, IReadOnlyList<string> fields)
    {
        _quarantine.Add(new QuarantinedRow(tally.File, line, code, message, fields));
        tally.Quarantined++;
    }
}
