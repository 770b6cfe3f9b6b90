using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Tests.Comparison;

namespace ImpactAnalytics.Core.Tests.Aggregates;

public sealed class ClusterSummaryTests
{
    private static ClusterYearSummary Catalisti() => MemberDeltaTests.Run().ClusterYears.Single(s => s.Cluster == "Catalisti");

    [Fact]
    public void Counts_totals_and_regional_shares_cover_every_member_with_accounts()
    {
        var s = Catalisti();

        Assert.Equal((4, 4), (s.NMembers, s.NWithLp));
        Assert.Equal(480, s.VaTotal);
        Assert.Equal(9, s.FteTotal);
        Assert.Equal(480.0 / 840, s.VaShare!.Value, 12);
        Assert.Equal(9.0 / 17, s.FteShare!.Value, 12);
    }

    [Fact]
    public void Cluster_lp_is_the_ratio_of_sums_over_members_with_lp()
    {
        Assert.Equal(480.0 / 9, Catalisti().ClusterLp!.Value, 12);
    }

    [Fact]
    public void Expected_lp_and_premium_use_members_with_a_benchmark()
    {
        var s = Catalisti();

        // Members 1, 6, 7 (FTE 2 each, B = 40): expected 40; their ΣVA/ΣFTE = 180 / 6 = 30.
        Assert.Equal(40, s.ExpectedLp!.Value, 12);
        Assert.Equal(-0.25, s.PremiumAdjusted!.Value, 12);
        Assert.Equal(1, s.NWithoutBenchmark);
    }

    [Fact]
    public void Median_delta_share_above_and_mean_log_ratio_are_hand_worked()
    {
        var s = Catalisti();

        Assert.Equal(0, s.MedianDeltaRel!.Value, 12);
        Assert.Equal(1.0 / 3, s.ShareAboveMedian!.Value, 12);
        Assert.Equal(Math.Log(1.5) / 2, s.MeanLogRatio!.Value, 12);
        Assert.Equal(1, s.NLogRatioExcluded);
        Assert.True(s.CiLow <= s.MeanLogRatio && s.MeanLogRatio <= s.CiHigh);
    }

    [Fact]
    public void The_all_row_equals_the_only_cluster()
    {
        var result = MemberDeltaTests.Run();
        var all = result.ClusterYears.Single(s => s.Cluster == ClusterKeys.All);

        Assert.Equal(Catalisti() with { Cluster = ClusterKeys.All, CiLow = all.CiLow, CiHigh = all.CiHigh }, all);
    }

    [Fact]
    public void The_all_row_counts_a_firm_in_two_clusters_once()
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Firm(2);
        p.Row(1, 2020, 100, 2);
        p.Row(2, 2020, 50, 1);
        p.Member(1, "Catalisti", 2020);
        p.Member(1, "Flux50", 2020);
        p.Member(2, "Flux50", 2020);

        var rows = TestPanel.Run(p.Build(), TestPanel.Settings()).ClusterYears;

        Assert.Equal(["Catalisti", "Flux50", "ALL"], rows.Select(r => r.Cluster).ToArray());
        Assert.Equal((2, 150.0), (rows[2].NMembers, rows[2].VaTotal!.Value));
    }
}
