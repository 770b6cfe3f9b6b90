using System.Globalization;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// One thing wrong with a study file: where (file, key path such as <c>benchmark.outliers.low</c> or
/// <c>measures.fte[1]</c>, 1-based line and column), a stable code from <see cref="StudyProblemCodes"/>, and a
/// message that says what was expected and what was found. Line and column 0 mean the file as a whole.
/// </summary>
/// <param name="File">The study file's path as given to <see cref="StudyFile.Load"/>.</param>
/// <param name="KeyPath">Dotted key path; list items as <c>[i]</c> (0-based); empty for the whole document.</param>
/// <param name="Line">1-based line of the offending key or value.</param>
/// <param name="Column">1-based column of the offending key or value.</param>
/// <param name="Code">Stable problem code, e.g. <c>study.unknown-key</c>.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record StudyProblem(string File, string KeyPath, int Line, int Column, string Code, string Message)
{
    /// <summary>The problem as a data issue (severity error; the issue's column is the key path).</summary>
    public DataIssue ToDataIssue() => new(File, Line, KeyPath, Code, Message, Severity.Error);

    /// <summary>Compiler-style one-liner: <c>study.yaml:12:5: benchmark.nace_level: message [code]</c>.</summary>
    public override string ToString()
    {
        var where = KeyPath.Length == 0 ? string.Empty : KeyPath + ": ";
        return string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {where}{Message} [{Code}]");
    }
}
