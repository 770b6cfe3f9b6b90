using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Aggregates;

/// <summary>
/// The fast path against <see cref="NaiveRoute"/> on a generated population, METHODS defaults except that
/// disclosure control is off (every cell published) and min_cell is 5 so that the fallback chain is exercised.
/// Tolerance: 1e-9 relative to the larger magnitude (summation order differs between the routes).
/// </summary>
public sealed class NaiveRouteTests
{
    private static readonly Lazy<(FirmPanel Panel, EvaluationResult Result, NaiveRoute.Row[] Rows)> Run = new(() =>
    {
        var panel = PopulationGenerator.BuildPanel(new PopulationSettings(1500, 2016, 2021, 20240501)).Panel;
        var settings = new EvaluationSettings
        {
            Benchmark = new BenchmarkSettings { MinCell = 5 },
            Disclosure = new DisclosureSettings { MinFirms = 0, Dominance = 1.0 },
            Bootstrap = new BootstrapSettings { Replicates = 100, Seed = 3 },
        };
        var result = TestPanel.Run(panel, settings);
        return (panel, result, NaiveRoute.Rows(panel, result));
    });

    private static readonly BenchmarkSettings Benchmark = new() { MinCell = 5 };

    private static void Close(double expected, double? actual)
    {
        Assert.NotNull(actual);
        var tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual.Value)));
        Assert.True(Math.Abs(expected - actual.Value) <= tolerance, $"expected {expected:R}, found {actual:R}");
    }

    [Fact]
    public void The_population_has_members_in_several_clusters()
    {
        var (_, result, _) = Run.Value;

        Assert.True(result.ClusterYears.Select(c => c.Cluster).Distinct().Count() >= 4);
        Assert.True(result.MemberDeltas.Length > 100);
    }

    [Fact]
    public void Benchmark_cells_match_at_every_level()
    {
        var (_, result, rows) = Run.Value;
        for (var level = NaceLevel.Class; level >= NaceLevel.Section; level--)
        {
            var naive = NaiveRoute.Cells(rows, Benchmark, level).OrderBy(c => c.Year).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray();
            var fast = result.Benchmarks.Where(c => c.NaceLevel == level).ToArray();

            Assert.Equal(naive.Select(c => (c.Code, c.Year, c.N)), fast.Select(c => (c.NaceCode.Code, c.Year, c.NFirms)).OrderBy(x => x.Year).ThenBy(x => x.Code, StringComparer.Ordinal));
            foreach (var n in naive)
            {
                var f = fast.Single(c => c.NaceCode.Code == n.Code && c.Year == n.Year);
                Close(n.Mean, f.MeanLp);
                Close(n.Median, f.MedianLp);
                Close(n.P10, f.P10Lp);
                Close(n.P25, f.P25Lp);
                Close(n.P75, f.P75Lp);
                Close(n.P90, f.P90Lp);
                Close(n.Ratio, f.RatioLp);
            }
        }
    }

    [Fact]
    public void Member_deltas_match_with_the_fallback_chain()
    {
        var (_, result, rows) = Run.Value;
        var members = rows.Where(r => r.Clusters.Length > 0 && r.Lp is not null).ToArray();

        Assert.Equal(members.Sum(m => m.Clusters.Length), result.MemberDeltas.Length);
        foreach (var m in members)
        {
            var fast = result.MemberDeltas.First(d => d.EnterpriseNumber == m.Id && d.Year == m.Year);
            var b = NaiveRoute.Benchmark(rows, m, Benchmark);
            Assert.Equal(b?.Level, fast.BenchmarkLevel);
            if (b is { } naive)
            {
                Close(naive.Median, fast.BenchmarkLp);
                Close(m.Lp!.Value - naive.Median, fast.DeltaAbs);
                var share = (naive.Values.Count(v => v < m.Lp) + (0.5 * naive.Values.Count(v => v == m.Lp))) / naive.Values.Count;
                Close(share, fast.Percentile);
            }
        }
    }

    [Fact]
    public void Cluster_year_summaries_match()
    {
        var (_, result, rows) = Run.Value;
        var clusters = rows.SelectMany(r => r.Clusters).Distinct().Order(StringComparer.Ordinal).Append(ClusterKeys.All);
        var expectedKeys = new List<(string, int)>();
        foreach (var cluster in clusters)
        {
            foreach (var year in Enumerable.Range(result.FirstYear, result.LastYear - result.FirstYear + 1))
            {
                var group = rows.Where(r => r.Year == year && (cluster == ClusterKeys.All ? r.Clusters.Length > 0 : r.Clusters.Contains(cluster))).ToArray();
                if (group.Length == 0)
                {
                    continue;
                }

                expectedKeys.Add((cluster, year));
                var fast = result.ClusterYears.Single(s => s.Cluster == cluster && s.Year == year);
                Expect(rows, group, fast);
            }
        }

        Assert.Equal(expectedKeys, result.ClusterYears.Select(s => (s.Cluster, s.Year)));
    }

    private static void Expect(NaiveRoute.Row[] rows, NaiveRoute.Row[] group, ClusterYearSummary fast)
    {
        var withLp = group.Where(r => r.Lp is not null).ToArray();
        var compared = withLp.Select(r => (Row: r, B: NaiveRoute.Benchmark(rows, r, Benchmark))).Where(x => x.B is not null)
            .Select(x => (x.Row, B: x.B!.Value.Median)).ToArray();
        var logs = compared.Where(x => x.Row.Lp > 0 && x.B > 0).Select(x => Math.Log(x.Row.Lp!.Value / x.B)).ToArray();
        var rel = compared.Where(x => x.B > 0).Select(x => (x.Row.Lp!.Value / x.B) - 1).OrderBy(x => x).ToArray();
        var year = group[0].Year;

        Assert.Equal((group.Length, withLp.Length), (fast.NMembers, fast.NWithLp));
        Close(group.Sum(r => r.Va ?? 0), fast.VaTotal);
        Close(group.Sum(r => r.Fte ?? 0), fast.FteTotal);
        Close(group.Sum(r => r.Va ?? 0) / rows.Where(r => r.Year == year).Sum(r => r.Va ?? 0), fast.VaShare);
        Close(group.Sum(r => r.Fte ?? 0) / rows.Where(r => r.Year == year).Sum(r => r.Fte ?? 0), fast.FteShare);
        Close(withLp.Sum(r => r.Va!.Value) / withLp.Sum(r => r.Fte!.Value), fast.ClusterLp);
        var expected = compared.Sum(x => x.Row.Fte!.Value * x.B) / compared.Sum(x => x.Row.Fte!.Value);
        Close(expected, fast.ExpectedLp);
        Close((compared.Sum(x => x.Row.Va!.Value) / compared.Sum(x => x.Row.Fte!.Value) / expected) - 1, fast.PremiumAdjusted);
        Close(NaiveRoute.Type7(rel, 0.5), fast.MedianDeltaRel);
        Close((double)compared.Count(x => x.Row.Lp > x.B) / compared.Length, fast.ShareAboveMedian);
        Close(logs.Average(), fast.MeanLogRatio);
        Assert.Equal(compared.Length - logs.Length, fast.NLogRatioExcluded);
    }

    [Fact]
    public void Membership_flows_match()
    {
        var (panel, result, rows) = Run.Value;
        var spells = panel.Memberships;
        bool Member(EnterpriseNumber id, string cluster, int year) => spells.Any(s =>
            s.Firm == id && s.Covers(year) && (cluster == ClusterKeys.All || s.Cluster == cluster));

        foreach (var flow in result.Flows)
        {
            var t = flow.Year;
            var firms = spells.Select(s => s.Firm).Distinct().Where(id =>
                (Member(id, flow.Cluster, t - 1), Member(id, flow.Cluster, t)) == flow.Status switch
                {
                    FlowStatus.Staying => (true, true),
                    FlowStatus.New => (false, true),
                    _ => (true, false),
                }).ToHashSet();
            var measured = flow.Status == FlowStatus.Exiting ? t - 1 : t;
            var group = rows.Where(r => r.Year == measured && firms.Contains(r.Id)).ToArray();

            Assert.Equal(group.Length, flow.NFirms);
            Close(group.Sum(r => r.Va ?? 0), flow.VaTotal);
            Close(group.Sum(r => r.Fte ?? 0), flow.FteTotal);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_intervals()
    {
        var (panel, result, _) = Run.Value;
        var again = TestPanel.Run(panel, new EvaluationSettings
        {
            Benchmark = new BenchmarkSettings { MinCell = 5 },
            Disclosure = new DisclosureSettings { MinFirms = 0, Dominance = 1.0 },
            Bootstrap = new BootstrapSettings { Replicates = 100, Seed = 3 },
        });

        // ImmutableArray compares by reference, so compare the elements.
        Assert.Equal(result.ClusterYears.ToArray(), again.ClusterYears.ToArray());
        Assert.Equal(result.Benchmarks.ToArray(), again.Benchmarks.ToArray());
        Assert.Equal(result.MemberDeltas.ToArray(), again.MemberDeltas.ToArray());
        Assert.Equal(result.IndexSeries.ToArray(), again.IndexSeries.ToArray());
    }
}
