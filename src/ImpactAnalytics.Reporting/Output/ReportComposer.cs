using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;
using ImpactAnalytics.Reporting.Model.Charts;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// Composes the report of a run (ARCHITECTURE §6): key findings, the overview of clusters, a chapter per cluster
/// (all clusters together first), the causal chapter and the method annex. Collects every chart it places, so the
/// chart files are exactly the report's charts.
/// </summary>
internal sealed class ReportComposer
{
    private readonly RunContext _context;
    private readonly List<ReportChart> _charts = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public ReportComposer(RunContext context) => _context = context;

    /// <summary>The charts placed by <see cref="Compose"/>, in reading order.</summary>
    public IReadOnlyList<ReportChart> Charts => _charts;

    public ReportDocument Compose()
    {
        var input = _context.Input;
        var texts = _context.Texts;
        var document = new ReportDocumentBuilder(new ReportMetadata
        {
            Title = input.Title,
            Subtitle = texts.Subtitle,
            Study = input.Study,
            FirstYear = _context.Result.FirstYear,
            LastYear = _context.Result.LastYear,
            Date = input.Date,
            DataSources = input.DataSources,
            Language = input.Language,
            Creator = input.Creator,
        });

        document.Heading(texts.KeyFindings).Bullets([.. Findings.Build(_context)]);
        document.Heading(texts.Overview).Paragraph(texts.OverviewIntro).Table(KeyFigureTables.Overview(_context));
        Chart(document, RunCharts.PremiumAcross(_context), texts.PremiumChartTitle);
        Chart(document, RunCharts.DistributionAcross(_context), texts.DistributionTitle);

        foreach (var cluster in _context.Clusters)
        {
            ClusterChapter(document, cluster);
        }

        CounterfactualChapter.Add(document, _context, _charts);
        MethodAnnex.Add(document, _context);
        return document.Build();
    }

    private void ClusterChapter(ReportDocumentBuilder document, string cluster)
    {
        var texts = _context.Texts;
        var label = _context.Name(cluster);
        document.PageBreak().Heading(_context.Label(cluster));
        var latest = _context.Summaries(cluster).LastOrDefault(s => s.NMembers > 0);
        if (latest is null)
        {
            document.Paragraph(RunTexts.Fill(texts.ClusterNoMembers, _context.Label(cluster)));
            return;
        }

        document.Paragraph(Intro(latest, label)).Table(KeyFigureTables.ForCluster(_context, cluster));
        var slug = UniqueSlug(cluster);
        Chart(document, RunCharts.PremiumByYear(_context, cluster, slug), texts.PremiumChartClusterTitle, label);
        Chart(document, RunCharts.DistributionByYear(_context, cluster, slug), texts.DistributionClusterTitle, label);
        Chart(document, RunCharts.Index(_context, cluster, slug), texts.IndexTitle, label);
        Chart(document, RunCharts.Flows(_context, cluster, slug), texts.FlowTitle, label);
    }

    private string Intro(ClusterYearSummary s, string label)
    {
        var texts = _context.Texts;
        var culture = _context.Culture;
        var year = ReportCulture.Year(s.Year);
        if (s.Suppressed || s.PremiumAdjusted is not { } premium)
        {
            return RunTexts.Fill(texts.ClusterIntroSuppressed, year, culture.WholeNumber(s.NMembers), label);
        }

        var (amount, direction) = _context.Relative(premium);
        return RunTexts.Fill(texts.ClusterIntro, year, culture.WholeNumber(s.NMembers), label,
            culture.WholeNumber(RunContext.Compared(s)), amount, direction);
    }

    /// <summary>Places the chart, or says in one line why there is none.</summary>
    private void Chart(ReportDocumentBuilder document, ReportChart? chart, string titleTemplate, string? label = null)
    {
        if (chart is null)
        {
            var title = RunTexts.Fill(titleTemplate, label ?? ReportCulture.Year(_context.HeadlineYear));
            document.Paragraph(RunTexts.Fill(_context.Texts.ChartOmitted, title));
            return;
        }

        _charts.Add(chart);
        document.Chart(chart);
    }

    // Two cluster names that clean to the same file name get a number.
    private string UniqueSlug(string cluster)
    {
        var slug = RunContext.Slug(cluster);
        var candidate = slug;
        for (var n = 2; !_slugs.Add(candidate); n++)
        {
            candidate = slug + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
