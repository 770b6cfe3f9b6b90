using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Comparison;

public sealed class MemberDeltaTests
{
    /// <summary>
    /// Class 20.16 non-members 2–5 have LP 20, 40, 40, 80 (median 40, mean 45). Members of Catalisti in 2020:
    /// 1 (LP 60), 6 (LP 40, a tie), 7 (VA −20: LP −10) and 8 in section H, where no other firm is.
    /// </summary>
    internal static EvaluationResult Run(BenchmarkStatistic statistic = BenchmarkStatistic.Median)
    {
        var p = new TestPanel();
        (int Firm, string Nace, double Va, double Fte)[] rows =
        [
            (1, "20160", 120, 2), (2, "20160", 40, 2), (3, "20160", 80, 2), (4, "20160", 80, 2), (5, "20160", 160, 2),
            (6, "20160", 80, 2), (7, "20160", -20, 2), (8, "52100", 300, 3),
        ];
        foreach (var (firm, nace, va, fte) in rows)
        {
            p.Firm(firm, nace);
            p.Row(firm, 2020, va, fte);
        }

        foreach (var member in new[] { 1, 6, 7, 8 })
        {
            p.Member(member, "Catalisti", 2019);
        }

        return TestPanel.Run(p.Build(), TestPanel.Settings(statistic: statistic));
    }

    private static MemberDelta Of(EvaluationResult result, int firm) =>
        result.MemberDeltas.Single(d => d.EnterpriseNumber == TestPanel.Id(firm));

    [Fact]
    public void Deltas_against_the_median_follow_their_formulas()
    {
        var d = Of(Run(), 1);

        Assert.Equal(40, d.BenchmarkLp);
        Assert.Equal(20, d.DeltaAbs);
        Assert.Equal(0.5, d.DeltaRel!.Value, 12);
        Assert.Equal(Math.Log(1.5), d.LogRatio!.Value, 12);
        Assert.Equal(0.75, d.Percentile!.Value, 12);
    }

    [Fact]
    public void A_member_tied_with_benchmark_firms_gets_half_of_the_ties()
    {
        var d = Of(Run(), 6);

        Assert.Equal(0, d.DeltaAbs);
        Assert.Equal(0, d.LogRatio);
        Assert.Equal(0.5, d.Percentile!.Value, 12);
    }

    [Fact]
    public void Negative_value_added_has_a_delta_but_no_log_ratio()
    {
        var d = Of(Run(), 7);

        Assert.Equal(-10, d.Lp);
        Assert.Equal(-50, d.DeltaAbs);
        Assert.Equal(-1.25, d.DeltaRel!.Value, 12);
        Assert.Null(d.LogRatio);
        Assert.Equal(0, d.Percentile);
    }

    [Fact]
    public void A_member_whose_sector_has_no_other_firms_has_no_benchmark()
    {
        var d = Of(Run(), 8);

        Assert.Equal(100, d.Lp);
        Assert.Null(d.BenchmarkLevel);
        Assert.Null(d.BenchmarkLp);
        Assert.Null(d.Percentile);
    }

    [Fact]
    public void The_mean_can_be_the_benchmark_statistic()
    {
        var d = Of(Run(BenchmarkStatistic.Mean), 1);

        Assert.Equal(45, d.BenchmarkLp);
        Assert.Equal(15, d.DeltaAbs);
    }
}
