using ChartIndexPoint = ImpactAnalytics.Reporting.Model.Charts.IndexPoint;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The charts of a run's report. Each returns <c>null</c> when nothing publishable is left to draw. Premium charts
/// show the typical member's premium e^(mean log ratio) − 1 on its bootstrap 95 % interval, with the
/// composition-adjusted premium (the headline, no interval) as a diamond; distribution charts show the quantiles of
/// the members' percentile within their sector cell.
/// </summary>
internal static class RunCharts
{
    public static PremiumChart? PremiumAcross(RunContext context)
    {
        var year = context.HeadlineYear;
        var points = context.Clusters
            .Select(c => context.Summary(c, year))
            .OfType<ClusterYearSummary>()
            .Select(s => Premium(s, context.Label(s.Cluster)))
            .OfType<PremiumPoint>()
            .ToArray();
        if (points.Length == 0)
        {
            return null;
        }

        var all = context.Summary(ClusterKeys.All, year);
        var missing = context.Clusters.Where(c => context.Summary(c, year) is { NMembers: > 0 } s && Premium(s, c) is null);
        return Premium(context, points, RunTexts.Fill(context.Texts.PremiumChartTitle, ReportCulture.Year(year)),
            "premium_by_cluster", all is null ? points.Max(p => p.N) : RunContext.Compared(all))
            with { Source = Note(context, missing.Select(context.Label)) };
    }

    public static PremiumChart? PremiumByYear(RunContext context, string cluster, string slug)
    {
        var shown = context.Summaries(cluster)
            .Select(s => (s.Year, Point: Premium(s, ReportCulture.Year(s.Year))))
            .Where(p => p.Point is not null)
            .ToArray();
        if (shown.Length == 0)
        {
            return null;
        }

        var years = shown.Select(p => p.Year).ToHashSet();
        var firms = context.Firms.WithLogRatio(cluster, years);
        var missing = context.Summaries(cluster).Where(s => s.NMembers > 0 && !years.Contains(s.Year)).Select(s => s.Year);
        return Premium(context, shown.Select(p => p.Point!).ToArray(),
            RunTexts.Fill(context.Texts.PremiumChartClusterTitle, context.Name(cluster)), slug + "_premium", firms)
            with { Source = Note(context, missing.Select(ReportCulture.Year)) };
    }

    public static DistributionChart? DistributionAcross(RunContext context)
    {
        var year = context.HeadlineYear;
        var boxes = context.Clusters
            .Select(c => context.Distribution.FirstOrDefault(d => d.Cluster == c && d.Year == year))
            .Where(d => d is { Published: true })
            .Select(d => Box(d!, context.Label(d!.Cluster)))
            .ToArray();
        return boxes.Length == 0 ? null : new DistributionChart
        {
            Title = RunTexts.Fill(context.Texts.DistributionTitle, ReportCulture.Year(year)),
            Unit = context.Texts.DistributionUnit,
            FirmCount = context.Distribution.FirstOrDefault(d => d.Cluster == ClusterKeys.All && d.Year == year)?.N
                ?? boxes.Max(b => b.N),
            FileName = "distribution_by_cluster",
            Measure = DistributionMeasure.Percentile,
            Boxes = boxes,
            Source = Note(context, context.Distribution.Where(d => d.Year == year && !d.Published).Select(d => context.Label(d.Cluster))),
        };
    }

    public static DistributionChart? DistributionByYear(RunContext context, string cluster, string slug)
    {
        var cells = context.Distribution.Where(d => d.Cluster == cluster && d.Published).ToArray();
        if (cells.Length == 0)
        {
            return null;
        }

        var years = cells.Select(d => d.Year).ToHashSet();
        return new DistributionChart
        {
            Title = RunTexts.Fill(context.Texts.DistributionClusterTitle, context.Name(cluster)),
            Unit = context.Texts.DistributionUnit,
            FirmCount = context.Firms.WithPercentile(cluster, years),
            FileName = slug + "_distribution",
            Measure = DistributionMeasure.Percentile,
            Boxes = cells.Select(d => Box(d, ReportCulture.Year(d.Year))).ToArray(),
            Source = Note(context, context.Distribution.Where(d => d.Cluster == cluster && !d.Published).Select(d => ReportCulture.Year(d.Year))),
        };
    }

    /// <summary>The index lines up to the first suppressed or missing point; at least two years.</summary>
    public static IndexChart? Index(RunContext context, string cluster, string slug)
    {
        var series = context.Result.IndexSeries.Where(p => p.Cluster == cluster).OrderBy(p => p.Year)
            .TakeWhile(p => !p.Suppressed && p.VaMembers is not null && p.FteMembers is not null
                && p.VaSector is not null && p.FteSector is not null)
            .ToArray();
        if (series.Length < 2)
        {
            return null;
        }

        var links = series.Skip(1).Select(p => p.NStaying).ToArray();
        var texts = context.Texts;
        return new IndexChart
        {
            Title = RunTexts.Fill(texts.IndexTitle, context.Name(cluster)),
            Unit = RunTexts.Fill(texts.IndexUnit, ReportCulture.Year(series[0].Year)),
            FirmCount = links.Max(),
            FirmCountText = links.Min() == links.Max()
                ? RunTexts.Fill(texts.ChartFirms, context.Culture.WholeNumber(links.Max()))
                : RunTexts.Fill(texts.IndexFirms, context.Culture.WholeNumber(links.Min()), context.Culture.WholeNumber(links.Max())),
            FileName = slug + "_index",
            BaseYear = series[0].Year,
            Points = series.Select(p => new ChartIndexPoint(
                p.Year, p.VaMembers!.Value, p.VaSector!.Value, p.FteMembers!.Value, p.FteSector!.Value)).ToArray(),
        };
    }

    /// <summary>Firm counts per year (always published) from the first year with any movement.</summary>
    public static FlowChart? Flows(RunContext context, string cluster, string slug)
    {
        var points = context.Result.Flows.Where(f => f.Cluster == cluster)
            .GroupBy(f => f.Year)
            .Select(g => new FlowPoint(g.Key, Count(g, FlowStatus.Staying), Count(g, FlowStatus.New), Count(g, FlowStatus.Exiting)))
            .OrderBy(p => p.Year)
            .SkipWhile(p => p.Staying + p.New + p.Exiting == 0)
            .ToArray();
        if (points.Length == 0)
        {
            return null;
        }

        var last = points[^1];
        var members = (long)(last.Staying!.Value + last.New!.Value);
        return new FlowChart
        {
            Title = RunTexts.Fill(context.Texts.FlowTitle, context.Name(cluster)),
            Unit = context.Texts.FlowUnit,
            FirmCount = members,
            FirmCountText = RunTexts.Fill(context.Texts.FlowFirms, context.Culture.WholeNumber(members), ReportCulture.Year(last.Year)),
            FileName = slug + "_flows",
            Points = points,
        };
    }

    /// <summary>The source line, preceded by a line naming the rows left out, if any.</summary>
    private static string? Note(RunContext context, IEnumerable<string> missing)
    {
        var list = missing.ToArray();
        return list.Length == 0
            ? null
            : RunTexts.Fill(context.Texts.NotPublished, string.Join(", ", list)) + "\n" + context.Culture.Texts.SourceLine;
    }

    private static double Count(IEnumerable<MembershipFlow> flows, FlowStatus status) =>
        flows.Where(f => f.Status == status).Sum(f => f.NFirms);

    private static PremiumPoint? Premium(ClusterYearSummary s, string label) =>
        s is { Suppressed: false, MeanLogRatio: { } m, CiLow: { } low, CiHigh: { } high }
            ? new PremiumPoint(label, RunContext.Geometric(m), RunContext.Geometric(low), RunContext.Geometric(high),
                RunContext.Compared(s), s.PremiumAdjusted)
            : null;

    private static PremiumChart Premium(RunContext context, IReadOnlyList<PremiumPoint> points, string title, string file, long n) => new()
    {
        Title = title,
        Unit = context.Texts.PremiumUnit,
        FirmCount = n,
        FileName = file,
        Points = points,
        EstimateLabel = context.Texts.LegendTypical,
        HeadlineLabel = context.Texts.LegendHeadline,
    };

    private static DistributionBox Box(DistributionCell d, string label) =>
        new(label, d.N, d.P10!.Value, d.P25!.Value, d.Median!.Value, d.P75!.Value, d.P90!.Value);
}
