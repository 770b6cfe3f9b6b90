using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Simulation.Economy;

namespace ImpactAnalytics.Simulation.Tests;

public sealed class SizeCriteriaTests
{
    [Theory]
    [InlineData(2020, 60.0, 10_000_000.0, 1_000_000.0, FilingScheme.Full)]
    [InlineData(2020, 60.0, 1_000_000.0, 1_000_000.0, FilingScheme.Abbreviated)]
    [InlineData(2024, 40.0, 10_000_000.0, 5_000_000.0, FilingScheme.Abbreviated)]
    [InlineData(2023, 40.0, 10_000_000.0, 5_000_000.0, FilingScheme.Full)]
    [InlineData(2020, 5.0, 600_000.0, 300_000.0, FilingScheme.Micro)]
    [InlineData(2020, 12.0, 600_000.0, 300_000.0, FilingScheme.Micro)]
    [InlineData(2020, 12.0, 800_000.0, 300_000.0, FilingScheme.Abbreviated)]
    [InlineData(2024, 12.0, 800_000.0, 300_000.0, FilingScheme.Micro)]
    public void A_company_is_classified_by_how_many_limits_it_exceeds(int year, double fte, double turnover, double assets, FilingScheme expected) =>
        Assert.Equal(expected, SizeCriteria.Classify(year, fte, turnover, assets));

    [Fact]
    public void A_change_of_status_takes_effect_only_after_two_consecutive_years()
    {
        var first = SizeCriteria.Apply(null, null, FilingScheme.Abbreviated);
        var oneYearLarge = SizeCriteria.Apply(first, FilingScheme.Abbreviated, FilingScheme.Full);
        var twoYearsLarge = SizeCriteria.Apply(oneYearLarge, FilingScheme.Full, FilingScheme.Full);

        Assert.Equal(FilingScheme.Abbreviated, first);
        Assert.Equal(FilingScheme.Abbreviated, oneYearLarge);
        Assert.Equal(FilingScheme.Full, twoYearsLarge);
    }
}
