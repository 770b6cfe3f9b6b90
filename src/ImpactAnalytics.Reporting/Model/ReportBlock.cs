namespace ImpactAnalytics.Reporting.Model;

/// <summary>One element of a report body: a heading, paragraph, bullet list, table, chart or page break.</summary>
public abstract record ReportBlock;
