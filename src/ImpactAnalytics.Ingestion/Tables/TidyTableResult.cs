using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Tables;

/// <summary>
/// What <see cref="TidyTable.Read"/> produced: the table (null when the file cannot be used at all: missing, empty,
/// binary, header only) and every issue found, in file order. Rows with an error issue (a wrong field count, an
/// unclosed quote) are not in the table.
/// </summary>
/// <param name="Table">The rows that were read, or null.</param>
/// <param name="Issues">File-level and row-level issues; errors first is not implied, the order is the file's.</param>
public sealed record TidyTableResult(TidyTable? Table, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>The first error-level issue, or null when the file was read without error.</summary>
    public DataIssue? FirstError => Issues.FirstOrDefault(i => i.Severity == Severity.Error);

    /// <summary>Number of error-level issues.</summary>
    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);
}
