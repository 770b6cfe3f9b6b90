using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;

namespace ImpactAnalytics.Core.Tests.Benchmarks;

public sealed class BenchmarkFallbackTests
{
    // Member 1 in class 20.16. Non-members: one more in 20.16, two in 20.11 (group 20.1 → 3), three in 20.20
    // (division 20 → 6), one in 22.21 (section C → 7). Every firm has LP = 10·firm.
    private static EvaluationResult Run(int minCell, bool excludeMembers = true)
    {
        var p = new TestPanel();
        (int Firm, string Nace)[] firms = [(1, "20160"), (2, "20160"), (3, "20110"), (4, "20110"), (5, "20200"), (6, "20200"), (7, "20200"), (8, "22210")];
        foreach (var (firm, nace) in firms)
        {
            p.Firm(firm, nace);
            p.Row(firm, 2020, 10.0 * firm * 2, 2);
        }

        p.Member(1, "Catalisti", 2018);
        return TestPanel.Run(p.Build(), TestPanel.Settings(minCell: minCell, excludeMembers: excludeMembers));
    }

    [Theory]
    [InlineData(1, NaceLevel.Class, 20.0)]
    [InlineData(2, NaceLevel.Group, 30.0)]
    [InlineData(3, NaceLevel.Group, 30.0)]
    [InlineData(4, NaceLevel.Division, 45.0)]
    [InlineData(6, NaceLevel.Division, 45.0)]
    [InlineData(7, NaceLevel.Section, 50.0)]
    public void Small_cells_fall_back_to_the_parent_and_record_the_level(int minCell, NaceLevel level, double median)
    {
        var delta = Assert.Single(Run(minCell).MemberDeltas);

        Assert.Equal(level, delta.BenchmarkLevel);
        Assert.Equal(median, delta.BenchmarkLp);
    }

    [Fact]
    public void No_benchmark_when_even_the_section_is_too_small()
    {
        var result = Run(minCell: 8);
        var delta = Assert.Single(result.MemberDeltas);

        Assert.Null(delta.BenchmarkLevel);
        Assert.Null(delta.DeltaAbs);
        Assert.Equal(1, result.ClusterYears[0].NWithoutBenchmark);
    }

    [Fact]
    public void Benchmarks_are_published_at_the_configured_level_and_every_parent()
    {
        var cells = Run(1).Benchmarks;

        Assert.Equal(
            ["class 20.11", "class 20.16", "class 20.20", "class 22.21", "group 20.1", "group 20.2", "group 22.2", "division 20", "division 22", "section C"],
            cells.Select(c => $"{c.NaceLevel.ToString().ToLowerInvariant()} {c.NaceCode}").ToArray());
        Assert.Equal([2, 1, 3, 1, 3, 3, 1, 6, 1, 7], cells.Select(c => c.NFirms).ToArray());
    }

    [Fact]
    public void Members_enter_the_benchmark_when_not_excluded()
    {
        var excluded = Run(1).Benchmarks.First(c => c.NaceCode.Code == "20.16");
        var included = Run(1, excludeMembers: false).Benchmarks.First(c => c.NaceCode.Code == "20.16");

        Assert.Equal((1, 20.0), (excluded.NFirms, excluded.MedianLp!.Value));
        Assert.Equal((2, 15.0), (included.NFirms, included.MedianLp!.Value));
    }

    [Fact]
    public void Subclasses_roll_up_to_nace_rev2_classes()
    {
        var cell = Run(1).Benchmarks[0];

        Assert.Equal(NaceVersion.Rev2, cell.NaceCode.Version);
        Assert.Equal("20.11", cell.NaceCode.Code);
    }

    [Fact]
    public void Outlier_bounds_out_of_order_are_refused()
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Row(1, 2020, 10, 1);
        var settings = TestPanel.Settings();
        settings = settings with { Benchmark = settings.Benchmark with { Outliers = new(Settings.OutlierMethod.Winsorize, 0.9, 0.1) } };

        Assert.Throws<ArgumentException>(() => TestPanel.Run(p.Build(), settings));
    }
}
