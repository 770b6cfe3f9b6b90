using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Evaluation;

namespace ImpactAnalytics.Core.Tests.Disclosure;

public sealed class DisclosureRuleTests
{
    private static EvaluationResult Cluster(double[] va2020, int joinersIn2020, int minFirms)
    {
        var p = new TestPanel();
        for (var i = 0; i < va2020.Length; i++)
        {
            p.Firm(i + 1);
            p.Row(i + 1, 2019, 10, 1);
            p.Row(i + 1, 2020, va2020[i], 1);
            p.Member(i + 1, "Flux50", i < va2020.Length - joinersIn2020 ? 2019 : 2020);
        }

        return TestPanel.Run(p.Build(), TestPanel.Settings(minFirms: minFirms, dominance: 0.85));
    }

    [Fact]
    public void A_cell_with_too_few_firms_is_suppressed_but_keeps_its_count()
    {
        var s = Cluster([10, 20], 0, minFirms: 3).ClusterYears.Single(x => x.Cluster == "Flux50" && x.Year == 2020);

        Assert.True(s.Suppressed);
        Assert.Equal(SuppressionReasons.MinFirms, s.SuppressionReason);
        Assert.Equal(2, s.NMembers);
        Assert.Null(s.VaTotal);
        Assert.Null(s.MeanLogRatio);
    }

    [Fact]
    public void A_cell_whose_two_largest_firms_dominate_is_suppressed()
    {
        var s = Cluster([1000, 10, 10, 10, 10, 10, 10, 10, 10, 10], 0, minFirms: 3)
            .ClusterYears.Single(x => x.Cluster == "Flux50" && x.Year == 2020);

        // Top two: 1010 of 1090 = 0.93 > 0.85.
        Assert.Equal(SuppressionReasons.Dominance, s.SuppressionReason);
    }

    [Fact]
    public void A_cell_just_under_the_dominance_share_is_published()
    {
        var s = Cluster([40, 45, 3, 3, 3, 3, 3], 0, minFirms: 3).ClusterYears.Single(x => x.Cluster == "Flux50" && x.Year == 2020);

        // Top two: 85 of 100 = 0.85, not more than 0.85.
        Assert.False(s.Suppressed);
    }

    [Fact]
    public void Secondary_suppression_protects_a_small_flow_from_subtraction()
    {
        var r = Cluster([10, 11, 12, 13, 14, 15], joinersIn2020: 1, minFirms: 3);
        string? Reason(string cluster, FlowStatus status) =>
            r.Flows.Single(f => f.Cluster == cluster && f.Year == 2020 && f.Status == status).SuppressionReason;

        Assert.Equal(SuppressionReasons.MinFirms, Reason("Flux50", FlowStatus.New));
        Assert.Equal(SuppressionReasons.Secondary, Reason("Flux50", FlowStatus.Staying));
        Assert.Equal(SuppressionReasons.MinFirms, Reason(ClusterKeys.All, FlowStatus.New));
        Assert.Equal(SuppressionReasons.Secondary, Reason(ClusterKeys.All, FlowStatus.Staying));
        Assert.All(r.ClusterYears, s => Assert.False(s.Suppressed));
        Assert.Contains(r.Suppressions, d => d is { Table: "membership_flows", Cell: "Flux50 staying", Year: 2020, Reason: "secondary" });
    }

    [Fact]
    public void Empty_flows_are_published_as_known_zeros()
    {
        var flow = Cluster([10, 11, 12], 0, minFirms: 3).Flows.Single(f => f.Cluster == "Flux50" && f.Status == FlowStatus.New);

        Assert.Equal((0, false, 0.0), (flow.NFirms, flow.Suppressed, flow.VaTotal!.Value));
    }

    [Fact]
    public void Small_benchmark_cells_publish_their_count_only()
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Firm(2);
        p.Row(1, 2020, 10, 1);
        p.Row(2, 2020, 20, 1);

        var cell = TestPanel.Run(p.Build(), TestPanel.Settings(minFirms: 3)).Benchmarks[0];

        Assert.Equal((2, true, SuppressionReasons.MinFirms), (cell.NFirms, cell.Suppressed, cell.SuppressionReason));
        Assert.Null(cell.MedianLp);
        Assert.Null(cell.RatioLp);
    }
}
