namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (a): the productivity premium per cluster, a point with its 95 % interval, and a zero line.</summary>
public sealed record PremiumChart : ReportChart
{
    /// <summary>One point per cluster, drawn top to bottom in this order.</summary>
    public required IReadOnlyList<PremiumPoint> Points { get; init; }
}
