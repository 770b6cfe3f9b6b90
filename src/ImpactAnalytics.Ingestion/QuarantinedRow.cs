namespace ImpactAnalytics.Ingestion;

/// <summary>A rejected input row with the reason, written to <c>quarantine/&lt;file&gt;.csv</c>.</summary>
/// <param name="File">The input file's name.</param>
/// <param name="Line">1-based line where the record starts (for JSON: the line of the rubric entry).</param>
/// <param name="Code">The issue code of the reason (see <see cref="Quality.IssueCodes"/>).</param>
/// <param name="Message">The reason for people.</param>
/// <param name="Fields">The row's original fields, decoded but otherwise as found.</param>
public sealed record QuarantinedRow(string File, long Line, string Code, string Message, IReadOnlyList<string> Fields);
