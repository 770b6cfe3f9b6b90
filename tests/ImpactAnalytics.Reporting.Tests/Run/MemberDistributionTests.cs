using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Reporting.Output;

namespace ImpactAnalytics.Reporting.Tests.Run;

public sealed class MemberDistributionTests
{
    private static readonly NaceCode _nace = NaceCode.ParseExact("20160", NaceVersion.NaceBel2008);

    private static MemberDelta Delta(int firm, string cluster, double percentile) =>
        new(EnterpriseNumber.FromBody(1_000_000 + firm), cluster, 2022, _nace, NaceLevel.Class, 100_000, 90_000, 10_000, 0.11, 0.1, percentile);

    private static ClusterYearSummary Summary(string cluster, bool suppressed = false) =>
        new(cluster, 2022, 12, 12, null, null, null, null, null, null, null, null, null, null, null, null, 0, 0, suppressed);

    [Fact]
    public void Quantiles_are_type_7_of_the_percentiles_times_100()
    {
        var deltas = Enumerable.Range(0, 11).Select(i => Delta(i, "A", i / 10.0)).ToArray();

        var cell = Assert.Single(MemberDistribution.Compute(deltas, [Summary("A")], minFirms: 10));

        Assert.Equal(11, cell.N);
        Assert.Equal(10.0, cell.P10!.Value, 9);
        Assert.Equal(50.0, cell.Median!.Value, 9);
        Assert.Equal(90.0, cell.P90!.Value, 9);
    }

    [Fact]
    public void A_cell_with_fewer_than_min_firms_members_or_a_suppressed_cluster_year_is_not_published()
    {
        var nine = Enumerable.Range(0, 9).Select(i => Delta(i, "A", 0.5)).ToArray();
        var twelve = Enumerable.Range(0, 12).Select(i => Delta(100 + i, "B", 0.5)).ToArray();

        var cells = MemberDistribution.Compute([.. nine, .. twelve], [Summary("A"), Summary("B", suppressed: true)], minFirms: 10);

        Assert.All(cells, c => Assert.False(c.Published));
        Assert.All(cells, c => Assert.Null(c.P10));
    }

    [Fact]
    public void All_clusters_count_a_firm_in_two_clusters_once()
    {
        var both = Enumerable.Range(0, 10).SelectMany(i => new[] { Delta(i, "A", 0.6), Delta(i, "B", 0.6) }).ToArray();

        var cells = MemberDistribution.Compute(both, [Summary("A"), Summary("B"), Summary(ClusterKeys.All)], minFirms: 10);

        Assert.Equal(10, cells.Single(c => c.Cluster == ClusterKeys.All).N);
    }

    [Theory]
    [InlineData("Flanders' FOOD", "flanders_food")]
    [InlineData("Blue Cluster", "blue_cluster")]
    [InlineData("ALL", "all_clusters")]
    [InlineData("Énergie/Flux 50", "energie_flux_50")]
    public void Chart_file_names_are_lower_case_ascii(string cluster, string expected)
    {
        Assert.Equal(expected, RunContext.Slug(cluster));
    }
}
