using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Reporting.Formatting;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>What every part of a run's report needs: the input, the language, the clusters and the headline year.</summary>
internal sealed class RunContext
{
    public RunContext(ReportInput input)
    {
        Input = input;
        Culture = ReportCulture.For(input.Language);
        Texts = RunTexts.For(input.Language);
        var result = input.Result;
        // The evaluation lists clusters ordinal with ALL last; the report shows ALL first.
        var clusters = result.ClusterYears.Select(s => s.Cluster).Distinct(StringComparer.Ordinal).ToList();
        if (clusters.Remove(ClusterKeys.All))
        {
            clusters.Insert(0, ClusterKeys.All);
        }

        Clusters = clusters;
        Firms = new MemberFirms(result.MemberDeltas);
        Distribution = MemberDistribution.Compute(result.MemberDeltas, result.ClusterYears, input.Settings.Disclosure.MinFirms);
        HeadlineYear = result.ClusterYears
            .Where(s => s.Cluster == ClusterKeys.All && s.NMembers > 0 && !s.Suppressed)
            .Select(s => (int?)s.Year)
            .Max() ?? result.LastYear;
    }

    public ReportInput Input { get; }

    public EvaluationResult Result => Input.Result;

    public ReportCulture Culture { get; }

    public RunTexts Texts { get; }

    /// <summary>ALL first, then the clusters in ordinal order.</summary>
    public IReadOnlyList<string> Clusters { get; }

    public IReadOnlyList<DistributionCell> Distribution { get; }

    /// <summary>The member firm-years by cluster, for the firm counts of the charts.</summary>
    public MemberFirms Firms { get; }

    /// <summary>The last year in which the figures for all clusters together are published.</summary>
    public int HeadlineYear { get; }

    /// <summary>The cluster's name as a heading or table row shows it ("Alle clusters" for ALL).</summary>
    public string Label(string cluster) => cluster == ClusterKeys.All ? Texts.AllClusters : cluster;

    /// <summary>The cluster's name inside a sentence or title ("alle clusters" for ALL).</summary>
    public string Name(string cluster) =>
        cluster == ClusterKeys.All ? Texts.AllClusters.ToLowerInvariant() : cluster;

    /// <summary>A 95 % interval of log ratios as typical-member premiums: "+17,4 tot +47,2 %".</summary>
    public string Interval(double lowLog, double highLog) =>
        RunTexts.Fill(Texts.IntervalTemplate, SignedNumber(Geometric(lowLog)), Culture.SignedPercent(Geometric(highLog)));

    private string SignedNumber(double share)
    {
        var text = Culture.Number(share * 100.0, 1);
        return Math.Round(share * 100.0, 1, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }

    public IEnumerable<ClusterYearSummary> Summaries(string cluster) =>
        Result.ClusterYears.Where(s => s.Cluster == cluster);

    public ClusterYearSummary? Summary(string cluster, int year) =>
        Result.ClusterYears.FirstOrDefault(s => s.Cluster == cluster && s.Year == year);

    /// <summary>The typical member's premium: e^(mean log ratio) − 1.</summary>
    public static double Geometric(double logRatio) => Math.Exp(logRatio) - 1.0;

    /// <summary>Members compared with a benchmark (the N behind the premium).</summary>
    public static int Compared(ClusterYearSummary s) => s.NWithLp - s.NWithoutBenchmark;

    /// <summary>A file-name stem: lower-case ASCII letters and digits joined by '_' ("Flanders' FOOD" → "flanders_food").</summary>
    public static string Slug(string cluster)
    {
        if (cluster == ClusterKeys.All)
        {
            return "all_clusters";
        }

        var text = new StringBuilder();
        foreach (var ch in cluster.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                text.Append(char.ToLowerInvariant(ch));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && ch != '\''
                && text.Length > 0 && text[^1] != '_')
            {
                text.Append('_');
            }
        }

        var slug = text.ToString().Trim('_');
        return slug.Length == 0 ? "cluster" : slug;
    }

    /// <summary>"34,5 % boven" or "2,1 % onder": an unsigned percentage with its direction word.</summary>
    public (string Amount, string Direction) Relative(double share) =>
        (Culture.Percent(Math.Abs(share)), share < 0 ? Texts.Below : Texts.Above);
}
