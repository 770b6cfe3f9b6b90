namespace ImpactAnalytics.Reporting;

/// <summary>What <see cref="Report.Write"/> wrote.</summary>
/// <param name="Files">Paths relative to the output folder, with '/' separators, in ordinal order.</param>
/// <param name="Pages">Pages of <c>report.pdf</c>, the title page included.</param>
public sealed record ReportFiles(IReadOnlyList<string> Files, int Pages);
