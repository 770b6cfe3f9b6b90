namespace ImpactAnalytics.Reporting.Model;

/// <summary>
/// A report as content (what to say), without any layout: metadata for the title page and an ordered list of
/// blocks. the PDF writer decides where each block goes.
/// </summary>
/// <param name="Metadata">Title page and document properties.</param>
/// <param name="Blocks">The body in reading order; the title page is drawn from <paramref name="Metadata"/>.</param>
public sealed record ReportDocument(ReportMetadata Metadata, IReadOnlyList<ReportBlock> Blocks);
