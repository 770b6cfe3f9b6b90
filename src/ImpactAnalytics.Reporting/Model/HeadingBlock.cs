namespace ImpactAnalytics.Reporting.Model;

/// <summary>A heading; level 1 is a chapter, 2 a section, 3 a subsection.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : ReportBlock;
