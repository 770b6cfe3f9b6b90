namespace ImpactAnalytics.Core.Quality;

/// <summary>
/// One problem found in the input: where (file, 1-based line, column name), what (a stable machine code such as
/// <c>enterprise-number.check-digits</c>), a message for people that says what was expected and what was found,
/// and how bad. Written to <c>data_quality.csv</c>.
/// </summary>
/// <param name="File">The input file's name as the study file gives it (or the study file itself).</param>
/// <param name="Line">1-based physical line where the record starts; 0 when the issue concerns the whole file.</param>
/// <param name="Column">The column or key name; empty when the issue concerns the whole row or file.</param>
/// <param name="Code">Stable issue code, kebab-case with a dotted family prefix.</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Severity">Error, warning or info.</param>
public sealed record DataIssue(string File, long Line, string Column, string Code, string Message, Severity Severity);
