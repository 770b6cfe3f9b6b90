namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>
/// Levels of one year, in any unit (euros, FTE): the chart rebases each series to its base year = 100.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="MembersValueAdded">Total value added of the members.</param>
/// <param name="SectorValueAdded">Total value added of the members' sectors (the benchmark).</param>
/// <param name="MembersEmployment">Total FTE of the members.</param>
/// <param name="SectorEmployment">Total FTE of the members' sectors.</param>
public sealed record IndexPoint(
    int Year, double MembersValueAdded, double SectorValueAdded, double MembersEmployment, double SectorEmployment);
