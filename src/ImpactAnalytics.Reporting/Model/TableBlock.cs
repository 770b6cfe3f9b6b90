namespace ImpactAnalytics.Reporting.Model;

/// <summary>A table in the report body.</summary>
public sealed record TableBlock(ReportTable Table) : ReportBlock;
