using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Evaluation;

namespace ImpactAnalytics.Core.Tests.Aggregates;

public sealed class MembershipFlowTests
{
    // 1 stays 2018–2020, 2 joins in 2020, 3 leaves after 2019, 4 files no accounts in 2020 but stays a member.
    private static EvaluationResult Run()
    {
        var p = new TestPanel();
        for (var firm = 1; firm <= 4; firm++)
        {
            p.Firm(firm);
            for (var year = 2018; year <= 2020; year++)
            {
                if (!(firm == 4 && year == 2020))
                {
                    p.Row(firm, year, (100 * firm) + year - 2018, firm);
                }
            }
        }

        p.Member(1, "VIL", 2018);
        p.Member(2, "VIL", 2020);
        p.Member(3, "VIL", 2017, 2019);
        p.Member(4, "VIL", 2018);
        return TestPanel.Run(p.Build(), TestPanel.Settings());
    }

    private static MembershipFlow Flow(EvaluationResult r, int year, FlowStatus status) =>
        r.Flows.Single(f => f.Cluster == "VIL" && f.Year == year && f.Status == status);

    [Fact]
    public void Staying_and_new_are_measured_in_t_and_exiting_in_t_minus_1()
    {
        var r = Run();

        Assert.Equal((1, 102.0, 1.0), (Flow(r, 2020, FlowStatus.Staying).NFirms, Flow(r, 2020, FlowStatus.Staying).VaTotal!.Value, Flow(r, 2020, FlowStatus.Staying).FteTotal!.Value));
        Assert.Equal((1, 202.0), (Flow(r, 2020, FlowStatus.New).NFirms, Flow(r, 2020, FlowStatus.New).VaTotal!.Value));
        Assert.Equal((1, 301.0), (Flow(r, 2020, FlowStatus.Exiting).NFirms, Flow(r, 2020, FlowStatus.Exiting).VaTotal!.Value));
    }

    [Fact]
    public void A_member_without_accounts_in_the_year_is_not_counted()
    {
        var r = Run();

        Assert.Equal(3, Flow(r, 2019, FlowStatus.Staying).NFirms);
        Assert.Equal(1, Flow(r, 2020, FlowStatus.Staying).NFirms);
    }

    [Fact]
    public void Staying_plus_new_equals_the_cluster_summary()
    {
        var r = Run();
        foreach (var s in r.ClusterYears.Where(s => s.Year > 2018))
        {
            var staying = Flow(r, s.Year, FlowStatus.Staying);
            var joined = Flow(r, s.Year, FlowStatus.New);
            Assert.Equal(s.NMembers, staying.NFirms + joined.NFirms);
            Assert.Equal(s.VaTotal, staying.VaTotal + joined.VaTotal);
        }
    }

    [Fact]
    public void No_flows_in_the_first_year_of_the_period()
    {
        Assert.DoesNotContain(Run().Flows, f => f.Year == 2018);
    }
}
