namespace ImpactAnalytics.Reporting.Model;

/// <summary>A paragraph of running text, wrapped to the page width. Numbers in it are already formatted.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
