using ImpactAnalytics.Core.Evaluation;

namespace ImpactAnalytics.Core.Tests.Aggregates;

public sealed class IndexSeriesTests
{
    /// <summary>
    /// Members 1, 2 (class 20.16) and 3 (class 25.62) stay in SIM 2019–2021; non-members 4 (20.16) and 5 (25.62)
    /// are their sectors. VA and FTE per year are listed below.
    /// </summary>
    private static EvaluationResult Run(int minFirms = 1)
    {
        var p = new TestPanel();
        (int Firm, string Nace, double[] Va, double[] Fte)[] firms =
        [
            (1, "20160", [100, 120, 150], [10, 10, 12]),
            (2, "20160", [100, 80, 90], [10, 10, 10]),
            (3, "25620", [100, 100, 100], [10, 10, 10]),
            (4, "20160", [200, 220, 242], [20, 20, 20]),
            (5, "25620", [50, 100, 100], [5, 5, 5]),
        ];
        foreach (var (firm, nace, va, fte) in firms)
        {
            p.Firm(firm, nace);
            for (var y = 0; y < 3; y++)
            {
                p.Row(firm, 2019 + y, va[y], fte[y]);
            }

            if (firm <= 3)
            {
                p.Member(firm, "SIM", 2019);
            }
        }

        return TestPanel.Run(p.Build(), TestPanel.Settings(minFirms: minFirms));
    }

    [Fact]
    public void Members_index_chains_the_growth_of_staying_members()
    {
        var s = Run().IndexSeries.Where(x => x.Cluster == "SIM").ToArray();

        Assert.Equal([2019, 2020, 2021], s.Select(x => x.Year).ToArray());
        Assert.Equal([100.0, 100.0, 100.0 * 340 / 300], s.Select(x => x.VaMembers!.Value).ToArray());
        Assert.Equal(100.0 * 32 / 30, s[2].FteMembers!.Value, 10);
        Assert.Equal(3, s[1].NStaying);
    }

    [Fact]
    public void Sector_index_weights_each_cell_by_the_members_value_in_the_previous_year()
    {
        var s = Run().IndexSeries.Where(x => x.Cluster == "SIM").ToArray();

        // 2020: (200·1.1 + 100·2.0) / 300 = 1.4. 2021: (200·1.1 + 100·1.0) / 300 = 320 / 300.
        Assert.Equal(140, s[1].VaSector!.Value, 10);
        Assert.Equal(140 * 320.0 / 300, s[2].VaSector!.Value, 10);
        Assert.Equal(100, s[2].FteSector!.Value, 10);
        Assert.Equal(2, s[1].NSector);
    }

    [Fact]
    public void A_suppressed_link_suppresses_every_later_point()
    {
        var s = Run(minFirms: 3).IndexSeries.Where(x => x.Cluster == "SIM").ToArray();

        // Three staying members but only two sector firms: the first link fails, the second is carried.
        Assert.False(s[0].Suppressed);
        Assert.Equal("min-firms", s[1].SuppressionReason);
        Assert.Equal("secondary", s[2].SuppressionReason);
        Assert.Null(s[2].VaMembers);
    }
}
