namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (b): members' productivity against their sector benchmark, one box per group.</summary>
public sealed record DistributionChart : ReportChart
{
    public required DistributionMeasure Measure { get; init; }

    /// <summary>One box per group, drawn top to bottom in this order.</summary>
    public required IReadOnlyList<DistributionBox> Boxes { get; init; }
}
