using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Aggregates;

/// <summary>
/// A second, deliberately plain route to the benchmarks and cluster figures: LINQ over materialised rows, no
/// columns, no sort-based grouping, quantiles written out again. Slow, obvious, independent of the fast path.
/// </summary>
internal static class NaiveRoute
{
    public sealed record Row(EnterpriseNumber Id, NaceCode Class, int Year, double? Va, double? Fte, double? Lp, string[] Clusters);

    public static Row[] Rows(FirmPanel panel, EvaluationResult result) =>
        Enumerable.Range(0, panel.RowCount)
            .Select(r =>
            {
                var m = result.Measures.Row(r);
                var nace = panel.NaceOf(panel.RowFirm[r]).ToNaceRev2Class();
                var clusters = panel.Memberships.Where(s => s.Firm == m.EnterpriseNumber && s.Covers(m.Year))
                    .Select(s => s.Cluster).Distinct().ToArray();
                return new Row(m.EnterpriseNumber, nace, m.Year, m.Va, m.Fte, m.Lp, clusters);
            })
            .Where(x => x.Year >= result.FirstYear && x.Year <= result.LastYear)
            .ToArray();

    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Count ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    public sealed record Cell(NaceLevel Level, string Code, int Year, int N, double Mean, double Median, double P10, double P25, double P75, double P90, double Ratio);

    public static IEnumerable<Row> Population(Row[] rows, BenchmarkSettings settings) =>
        rows.Where(r => r.Lp is not null && !(settings.ExcludeMembers && r.Clusters.Length > 0));

    public static Cell[] Cells(Row[] rows, BenchmarkSettings settings, NaceLevel level)
    {
        var rule = settings.Outliers;
        return Population(rows, settings)
            .GroupBy(r => (Code: r.Class.AtLevel(level).Code, r.Year))
            .Select(g =>
            {
                var raw = g.Select(r => r.Lp!.Value).OrderBy(x => x).ToList();
                var lo = Type7(raw, rule.Low);
                var hi = Type7(raw, rule.High);
                var w = raw.Select(x => Math.Min(Math.Max(x, lo), hi)).ToList();
                return new Cell(
                    level, g.Key.Code, g.Key.Year, raw.Count, w.Average(), Type7(w, 0.5), Type7(w, 0.1), Type7(w, 0.25),
                    Type7(w, 0.75), Type7(w, 0.9), g.Sum(r => r.Va!.Value) / g.Sum(r => r.Fte!.Value));
            })
            .ToArray();
    }

    /// <summary>The member's cell by the fallback chain: (level, values, B = median) or null.</summary>
    public static (NaceLevel Level, List<double> Values, double Median)? Benchmark(Row[] rows, Row member, BenchmarkSettings settings)
    {
        for (var level = settings.Level; level >= NaceLevel.Section; level--)
        {
            var values = Population(rows, settings)
                .Where(r => r.Year == member.Year && r.Class.AtLevel(level) == member.Class.AtLevel(level))
                .Select(r => r.Lp!.Value).OrderBy(x => x).ToList();
            if (values.Count >= settings.MinCell)
            {
                var lo = Type7(values, settings.Outliers.Low);
                var hi = Type7(values, settings.Outliers.High);
                return (level, values, Type7(values.Select(x => Math.Min(Math.Max(x, lo), hi)).ToList(), 0.5));
            }
        }

        return null;
    }
}
