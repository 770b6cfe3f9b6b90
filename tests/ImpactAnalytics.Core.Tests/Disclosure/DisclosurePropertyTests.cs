using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Disclosure;

/// <summary>
/// On a generated population with the default rules (10 firms, 85 %): no published cell breaks a primary rule,
/// and no suppressed cell is the only unknown of a published relation (total = parts), so it cannot be recovered
/// by subtracting published cells from a published total.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly Lazy<(FirmPanel Panel, EvaluationResult Result)> Run = new(() =>
    {
        var panel = PopulationGenerator.BuildPanel(new PopulationSettings(3000, 2016, 2021, 99)).Panel;
        return (panel, TestPanel.Run(panel, new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 50 } }));
    });

    [Fact]
    public void The_rules_actually_bite_on_this_population()
    {
        var (_, r) = Run.Value;

        Assert.Contains(r.Suppressions, d => d.Reason == SuppressionReasons.MinFirms);
        Assert.Contains(r.Suppressions, d => d.Reason == SuppressionReasons.Secondary);
        Assert.Contains(r.ClusterYears, s => !s.Suppressed);
    }

    [Fact]
    public void No_published_cell_has_too_few_firms()
    {
        var (_, r) = Run.Value;

        Assert.All(r.ClusterYears.Where(s => !s.Suppressed), s => Assert.True(s.NMembers >= 10));
        Assert.All(r.Flows.Where(f => !f.Suppressed), f => Assert.True(f.NFirms == 0 || f.NFirms >= 10));
        Assert.All(r.Benchmarks.Where(b => !b.Suppressed), b => Assert.True(b.NFirms >= 10));
        Assert.All(r.IndexSeries.Where(p => !p.Suppressed && p.NStaying > 0), p => Assert.True(p.NStaying >= 10 && p.NSector >= 10));
    }

    [Fact]
    public void No_published_cluster_cell_is_dominated_by_two_firms()
    {
        var (panel, r) = Run.Value;
        var vaOf = Enumerable.Range(0, panel.RowCount)
            .Where(i => r.Measures.Row(i).Va is not null)
            .ToDictionary(i => (panel.FirmIds[panel.RowFirm[i]], panel.RowYear[i]), i => r.Measures.Row(i).Va!.Value);
        foreach (var s in r.ClusterYears.Where(s => !s.Suppressed))
        {
            var values = panel.Memberships
                .Where(m => m.Covers(s.Year) && (s.Cluster == ClusterKeys.All || m.Cluster == s.Cluster))
                .Select(m => m.Firm).Distinct()
                .Where(id => vaOf.ContainsKey((id, s.Year)))
                .Select(id => Math.Abs(vaOf[(id, s.Year)]))
                .OrderDescending().ToArray();
            Assert.True(values.Take(2).Sum() <= 0.85 * values.Sum(), $"{s.Cluster} {s.Year}");
        }
    }

    [Fact]
    public void No_suppressed_value_is_the_only_unknown_of_a_published_relation()
    {
        var (_, r) = Run.Value;
        foreach (var year in r.ClusterYears.Select(s => s.Year).Distinct())
        {
            var summary = r.ClusterYears.Where(s => s.Year == year).ToDictionary(s => s.Cluster, s => (s.NMembers, s.Suppressed));
            var flows = r.Flows.Where(f => f.Year == year).ToDictionary(f => (f.Cluster, f.Status), f => (f.NFirms, f.Suppressed));
            var relations = new List<(string Name, (int N, bool Suppressed)[] Cells)>();
            foreach (var cluster in summary.Keys)
            {
                if (flows.ContainsKey((cluster, FlowStatus.Staying)))
                {
                    relations.Add(($"{cluster} = staying + new", [summary[cluster], flows[(cluster, FlowStatus.Staying)], flows[(cluster, FlowStatus.New)]]));
                }
            }

            var clusters = summary.Keys.Where(c => c != ClusterKeys.All).ToArray();
            relations.Add(("ALL = Σ clusters", [summary[ClusterKeys.All], .. clusters.Select(c => summary[c])]));
            foreach (var status in new[] { FlowStatus.Staying, FlowStatus.New, FlowStatus.Exiting })
            {
                if (flows.TryGetValue((ClusterKeys.All, status), out var all))
                {
                    relations.Add(($"ALL {status} = Σ clusters", [all, .. clusters.Where(c => flows.ContainsKey((c, status))).Select(c => flows[(c, status)])]));
                }
            }

            // A cell without firms is a known zero; one suppressed cell among known ones would be recoverable.
            Assert.All(relations, rel => Assert.True(rel.Cells.Count(c => c.Suppressed && c.N > 0) != 1, $"{year}: {rel.Name}"));
        }
    }
}
