namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (a): the productivity premium per cluster, a point with its 95 % interval, and a zero line.</summary>
public sealed record PremiumChart : ReportChart
{
    /// <summary>One point per cluster, drawn top to bottom in this order.</summary>
    public required IReadOnlyList<PremiumPoint> Points { get; init; }

    /// <summary>Legend of the point with its interval; <c>null</c> gives "Estimate" in the report language.</summary>
    public string? EstimateLabel { get; init; }

    /// <summary>Legend of the headline diamonds, shown when a point has <see cref="PremiumPoint.Headline"/>.</summary>
    public string? HeadlineLabel { get; init; }
}
