namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (c): index lines (base year = 100) of value added and employment, members against the sector.</summary>
public sealed record IndexChart : ReportChart
{
    /// <summary>The year whose level is 100; must be one of the points' years.</summary>
    public required int BaseYear { get; init; }

    /// <summary>One point per year, in any order; drawn by year.</summary>
    public required IReadOnlyList<IndexPoint> Points { get; init; }
}
