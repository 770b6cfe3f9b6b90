namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (d): staying, new and exiting members per year as stacked bars, exiting below zero.</summary>
public sealed record FlowChart : ReportChart
{
    /// <summary>One point per year, in any order; drawn by year.</summary>
    public required IReadOnlyList<FlowPoint> Points { get; init; }

    /// <summary>Divide the amounts by this before drawing, e.g. 1e6 for "mln euro"; 1 by default.</summary>
    public double Scale { get; init; } = 1.0;
}
