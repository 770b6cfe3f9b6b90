using System.Globalization;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Disclosure;

/// <summary>
/// Disclosure control of the published tables (METHODS §6). Primary: a cell with 1 to min_firms − 1 firms
/// (<c>min-firms</c>), or whose two largest firms hold more than the dominance share of its Σ|VA| (<c>dominance</c>).
/// Secondary (<c>secondary</c>), per year, over the additive tables: cluster summary = staying + new (exact), ALL =
/// Σ clusters for the summary and each flow status (declared although overlapping memberships make it approximate,
/// which only adds protection), ALL = staying + new of ALL. Benchmark cells publish no additive totals, so they need
/// primary suppression only. Counts are always published; every other figure of a suppressed cell becomes null.
/// </summary>
internal static class DisclosureControl
{
    public static BenchmarkCell[] Benchmarks(IEnumerable<(BenchmarkCell Cell, double Dominance)> cells, DisclosureSettings settings) =>
        cells.Select(x => Primary(x.Cell.NFirms, x.Dominance, settings) is { } reason
            ? x.Cell with
            {
                MeanLp = null, MedianLp = null, P10Lp = null, P25Lp = null, P75Lp = null, P90Lp = null, RatioLp = null,
                Suppressed = true, SuppressionReason = reason,
            }
            : x.Cell).ToArray();

    public static (ClusterYearSummary[] Summaries, MembershipFlow[] Flows) Clusters(
        ClusterYearSummary[] summaries, double[] summaryDominance, MembershipFlow[] flows, double[] flowDominance, DisclosureSettings settings)
    {
        var summaryReason = new string?[summaries.Length];
        var flowReason = new string?[flows.Length];
        var years = summaries.Select(s => s.Year).Concat(flows.Select(f => f.Year)).Distinct().Order();
        foreach (var year in years)
        {
            var problem = new SuppressionProblem();
            var summaryCell = new Dictionary<string, (int Index, int Cell)>(StringComparer.Ordinal);
            var flowCell = new Dictionary<(string, FlowStatus), (int Index, int Cell)>();
            for (var i = 0; i < summaries.Length; i++)
            {
                if (summaries[i].Year == year)
                {
                    var s = summaries[i];
                    summaryCell[s.Cluster] = (i, problem.Add(s.NMembers, Math.Abs(s.VaTotal ?? 0), Primary(s.NMembers, summaryDominance[i], settings)));
                }
            }

            for (var i = 0; i < flows.Length; i++)
            {
                if (flows[i].Year == year)
                {
                    var f = flows[i];
                    flowCell[(f.Cluster, f.Status)] = (i, problem.Add(f.NFirms, Math.Abs(f.VaTotal ?? 0), Primary(f.NFirms, flowDominance[i], settings)));
                }
            }

            Relate(problem, summaryCell, flowCell);
            var solved = problem.Solve();
            foreach (var (index, cell) in summaryCell.Values)
            {
                summaryReason[index] = solved[cell];
            }

            foreach (var (index, cell) in flowCell.Values)
            {
                flowReason[index] = solved[cell];
            }
        }

        var publishedSummaries = summaries.Select((s, i) => summaryReason[i] is { } reason
            ? s with
            {
                VaTotal = null, FteTotal = null, VaShare = null, FteShare = null, ClusterLp = null, ExpectedLp = null,
                PremiumAdjusted = null, MedianDeltaRel = null, ShareAboveMedian = null, MeanLogRatio = null,
                CiLow = null, CiHigh = null, Suppressed = true, SuppressionReason = reason,
            }
            : s).ToArray();
        var publishedFlows = flows.Select((f, i) => flowReason[i] is { } reason
            ? f with { VaTotal = null, FteTotal = null, Suppressed = true, SuppressionReason = reason }
            : f).ToArray();
        return (publishedSummaries, publishedFlows);
    }

    /// <summary>Every suppressed cell of the published tables, table by table in record order.</summary>
    public static SuppressionDecision[] Decisions(
        IEnumerable<BenchmarkCell> benchmarks, IEnumerable<ClusterYearSummary> summaries, IEnumerable<MembershipFlow> flows, IEnumerable<IndexPoint> index)
    {
        var decisions = new List<SuppressionDecision>();
        decisions.AddRange(benchmarks.Where(b => b.Suppressed).Select(b => new SuppressionDecision(
            "benchmarks", string.Create(CultureInfo.InvariantCulture, $"{b.NaceLevel.ToString().ToLowerInvariant()} {b.NaceCode}"), b.Year, b.SuppressionReason!)));
        decisions.AddRange(summaries.Where(s => s.Suppressed).Select(s => new SuppressionDecision("cluster_summary", s.Cluster, s.Year, s.SuppressionReason!)));
        decisions.AddRange(flows.Where(f => f.Suppressed).Select(f => new SuppressionDecision("membership_flows", $"{f.Cluster} {f.StatusText}", f.Year, f.SuppressionReason!)));
        decisions.AddRange(index.Where(p => p.Suppressed).Select(p => new SuppressionDecision("index_series", p.Cluster, p.Year, p.SuppressionReason!)));
        return [.. decisions];
    }

    /// <summary>The primary reason of a cell, or <c>null</c> when it may be published on its own.</summary>
    public static string? Primary(int firms, double dominance, DisclosureSettings settings) =>
        firms > 0 && firms < settings.MinFirms ? SuppressionReasons.MinFirms
        : firms > 0 && dominance > settings.Dominance ? SuppressionReasons.Dominance
        : null;

    private static void Relate(
        SuppressionProblem problem, Dictionary<string, (int Index, int Cell)> summary, Dictionary<(string, FlowStatus), (int Index, int Cell)> flow)
    {
        // A missing cell has no firms: a known zero, left out of its relations.
        int[] Cells(IEnumerable<int?> cells) => cells.OfType<int>().ToArray();
        int? S(string cluster) => summary.TryGetValue(cluster, out var x) ? x.Cell : null;
        int? F(string cluster, FlowStatus status) => flow.TryGetValue((cluster, status), out var x) ? x.Cell : null;
        var clusters = summary.Keys.Concat(flow.Keys.Select(k => k.Item1)).Where(c => c != ClusterKeys.All)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var cluster in clusters.Append(ClusterKeys.All))
        {
            if (S(cluster) is { } total && (F(cluster, FlowStatus.Staying) is not null || F(cluster, FlowStatus.New) is not null))
            {
                problem.Relate(total, Cells([F(cluster, FlowStatus.Staying), F(cluster, FlowStatus.New)]));
            }
        }

        if (S(ClusterKeys.All) is { } all)
        {
            problem.Relate(all, Cells(clusters.Select(S)));
        }

        foreach (var status in new[] { FlowStatus.Staying, FlowStatus.New, FlowStatus.Exiting })
        {
            if (F(ClusterKeys.All, status) is { } allFlow)
            {
                problem.Relate(allFlow, Cells(clusters.Select(c => F(c, status))));
            }
        }
    }
}
