namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (e): an event study, the estimate and its 95 % band by event time.</summary>
public sealed record EventStudyChart : ReportChart
{
    /// <summary>One point per event time, in any order; drawn by event time.</summary>
    public required IReadOnlyList<EventStudyPoint> Points { get; init; }

    /// <summary>When true the estimates are shares drawn as percentages (0.05 → 5 %); otherwise plain numbers.</summary>
    public bool ValuesAreShares { get; init; }
}
