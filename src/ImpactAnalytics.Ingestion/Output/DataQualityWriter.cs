using System.Globalization;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Output;

/// <summary>
/// Writes <c>data_quality.csv</c>: file, line, column, code, message, severity (error / warning / info), one row
/// per issue, ordered by file (ordinal), line, column, code and message, so the same inputs give the same bytes.
/// </summary>
public static class DataQualityWriter
{
    public static void Write(string path, IEnumerable<DataIssue> issues)
    {
        using var writer = CsvText.Create(path);
        CsvText.WriteRow(writer, ["file", "line", "column", "code", "message", "severity"]);
        foreach (var issue in Order(issues))
        {
            CsvText.WriteRow(writer,
            [
                issue.File, issue.Line.ToString(CultureInfo.InvariantCulture), issue.Column, issue.Code, issue.Message,
                SeverityName(issue.Severity),
            ]);
        }
    }

    /// <summary>The stable order of the file.</summary>
    public static IEnumerable<DataIssue> Order(IEnumerable<DataIssue> issues) => issues
        .OrderBy(i => i.File, StringComparer.Ordinal)
        .ThenBy(i => i.Line)
        .ThenBy(i => i.Column, StringComparer.Ordinal)
        .ThenBy(i => i.Code, StringComparer.Ordinal)
        .ThenBy(i => i.Message, StringComparer.Ordinal);

    /// <summary>The lower-case name written to the file.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
