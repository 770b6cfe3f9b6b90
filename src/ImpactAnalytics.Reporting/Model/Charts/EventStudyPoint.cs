namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>One event-time estimate of an event study.</summary>
/// <param name="EventTime">e = t − g, years relative to joining; −1 is usually the reference period.</param>
/// <param name="Estimate">The estimated effect, in the chart's unit.</param>
/// <param name="Low">Lower end of the 95 % band; <c>null</c> for the normalised reference period.</param>
/// <param name="High">Upper end of the 95 % band; <c>null</c> for the normalised reference period.</param>
public sealed record EventStudyPoint(int EventTime, double Estimate, double? Low, double? High);
