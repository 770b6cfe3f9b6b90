namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>
/// The membership flows of one year, as non-negative amounts in the chart's unit (firms, or VA in euros); a
/// <c>null</c> is a suppressed cell and is left out of the bar.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Staying">Members in the year that were members the year before.</param>
/// <param name="New">Members in the year that were not members the year before.</param>
/// <param name="Exiting">Members of the year before that are no longer members; drawn below zero.</param>
public sealed record FlowPoint(int Year, double? Staying, double? New, double? Exiting);
