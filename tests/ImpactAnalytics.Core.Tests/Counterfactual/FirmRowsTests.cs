using ImpactAnalytics.Core.Counterfactual;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>The row lookup without a search gives the panel's own <c>FindRow</c> for every firm and year, gaps included.</summary>
public sealed class FirmRowsTests
{
    [Fact]
    public void Row_of_a_year_is_the_panels_row_for_firms_with_and_without_gaps()
    {
        var test = new TestPanel();
        int[][] years =
        [
            [2010, 2011, 2012, 2013],
            [2010, 2012, 2013, 2016],
            [],
            [2015],
            [2009, 2010, 2014, 2015, 2016, 2017],
        ];
        for (var f = 0; f < years.Length; f++)
        {
            test.Firm(f);
            foreach (var y in years[f])
            {
                test.Row(f, y, 1000.0 * (f + 1), 2.0);
            }
        }

        var panel = test.Build();

        for (var f = 0; f < panel.FirmCount; f++)
        {
            for (var year = 2005; year <= 2020; year++)
            {
                Assert.Equal(panel.FindRow(f, year), FirmRows.Find(panel, f, year));
            }
        }
    }
}
