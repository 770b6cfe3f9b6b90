namespace ImpactAnalytics.Reporting.Model;

/// <summary>Starts a new page (nothing happens when the current page is still empty).</summary>
public sealed record PageBreakBlock : ReportBlock;
