namespace ImpactAnalytics.Reporting.Model;

/// <summary>A bullet list, e.g. the key findings; each item is wrapped with a hanging indent.</summary>
public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;
