using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tests.Accounts;

/// <summary>
/// Handing the accumulated firm-years to the builder puts them in panel order (enterprise number, then year) with
/// their own fields and values, whether a firm's years came in order or not, for few firm-years (one thread) and
/// for enough to use two.
/// </summary>
public sealed class FirmYearAccumulatorOrderTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(12_000)]
    public void Firm_years_reach_the_panel_in_panel_order_with_their_own_fields_and_values(int firms)
    {
        var random = new Random(3);
        var builder = new FirmPanelBuilder();
        var firmIds = new List<EnterpriseNumber>();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        for (var f = 0; f < firms; f++)
        {
            // Builder order unrelated to the enterprise numbers'.
            var id = EnterpriseNumber.FromBody(2_000_000 + ((f * 7_919L) % 17_000_000));
            builder.AddFirm(id, "firm", nace, "Antwerpen", null);
            firmIds.Add(id);
        }

        using var accumulator = new FirmYearAccumulator();
        accumulator.BeginFile("accounts.csv");
        var expected = new Dictionary<(EnterpriseNumber, int), (double Turnover, int Months, FilingScheme Scheme)>();
        var line = 2L;
        for (var f = 0; f < firms; f++)
        {
            var years = Enumerable.Range(2009, 1 + random.Next(12)).ToArray();
            if (f % 3 == 0)
            {
                // Every third firm's years come in no particular order.
                random.Shuffle(years);
            }

            foreach (var year in years)
            {
                var months = random.Next(8) == 0 ? 6 : 12;
                var scheme = (FilingScheme)(1 + random.Next(3));
                var turnover = random.Next(1, 1_000_000);
                accumulator.Offer(f, year, false, scheme, months, Rubric.Turnover, turnover, line++, out _, out _);
                accumulator.Offer(f, year, false, scheme, months, Rubric.EmployeesFte, 2.5, line++, out _, out _);
                expected[(firmIds[f], year)] = (months == 12 ? turnover : turnover * (12.0 / months), months, scheme);
            }
        }

        accumulator.AddTo(builder, new IngestLog(), firmIds);
        var panel = builder.Build();

        Assert.Equal(expected.Count, panel.RowCount);
        for (var r = 0; r < panel.RowCount; r++)
        {
            var id = panel.FirmIds[panel.RowFirm[r]];
            var (turnover, months, scheme) = expected[(id, panel.RowYear[r])];
            Assert.True(r == 0 || (panel.RowFirm[r - 1], panel.RowYear[r - 1]).CompareTo((panel.RowFirm[r], panel.RowYear[r])) < 0);
            Assert.Equal(turnover, panel.Value(r, Rubric.Turnover));
            Assert.Equal(2.5, panel.Value(r, Rubric.EmployeesFte));
            Assert.Equal(months, panel.RowMonths[r]);
            Assert.Equal(scheme, panel.RowScheme[r]);
        }
    }
}
