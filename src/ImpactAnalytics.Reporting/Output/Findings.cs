using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Formatting;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The key findings: short sentences whose numbers come from the results (all clusters together in the headline
/// year, the range over clusters, the trend, the index lines and the membership flows). The caveat that a
/// descriptive premium is not an impact estimate follows the premium itself.
/// </summary>
internal static class Findings
{
    public static IReadOnlyList<string> Build(RunContext context)
    {
        var texts = context.Texts;
        var culture = context.Culture;
        var year = context.HeadlineYear;
        var items = new List<string>();
        var all = context.Summary(ClusterKeys.All, year);
        if (all is { Suppressed: false, PremiumAdjusted: { } premium })
        {
            var (amount, direction) = context.Relative(premium);
            items.Add(RunTexts.Fill(texts.FindingPremium, ReportCulture.Year(year),
                culture.WholeNumber(RunContext.Compared(all)), amount, direction));
            if (all is { MeanLogRatio: { } m, CiLow: { } low, CiHigh: { } high, ShareAboveMedian: { } share })
            {
                var (typical, typicalDirection) = context.Relative(RunContext.Geometric(m));
                items.Add(RunTexts.Fill(texts.FindingTypical, typical, typicalDirection, context.Interval(low, high),
                    culture.Percent(share, 0)));
            }

            items.Add(texts.FindingCaveat
                + (context.Input.Counterfactual is null ? texts.FindingCaveatNoCausal : texts.FindingCaveatSeeCausal));
            if (context.Input.Counterfactual is { } section
                && CounterfactualChapter.Comparison(context, section, context.Input.Language == ReportLanguage.Dutch) is { } causal)
            {
                items.Add(causal);
            }
        }
        else
        {
            items.Add(texts.FindingNone);
        }

        if (Range(context, year) is { } range)
        {
            items.Add(range);
        }

        if (Trend(context, year) is { } trend)
        {
            items.Add(trend);
        }

        if (Index(context) is { } index)
        {
            items.Add(index);
        }

        if (Members(context, year) is { } members)
        {
            items.Add(members);
        }

        return items;
    }

    private static string? Range(RunContext context, int year)
    {
        var published = context.Clusters.Where(c => c != ClusterKeys.All)
            .Select(c => context.Summary(c, year))
            .Where(s => s is { Suppressed: false, PremiumAdjusted: not null })
            .Select(s => (Label: context.Label(s!.Cluster), Premium: s.PremiumAdjusted!.Value))
            .ToArray();
        if (published.Length < 2)
        {
            return null;
        }

        var low = published.MinBy(p => p.Premium);
        var high = published.MaxBy(p => p.Premium);
        var culture = context.Culture;
        return RunTexts.Fill(context.Texts.FindingRange, ReportCulture.Year(year),
            culture.SignedPercent(low.Premium), low.Label, culture.SignedPercent(high.Premium), high.Label);
    }

    private static string? Trend(RunContext context, int year)
    {
        var first = context.Summaries(ClusterKeys.All)
            .FirstOrDefault(s => s is { Suppressed: false, PremiumAdjusted: not null } && s.Year < year);
        var last = context.Summary(ClusterKeys.All, year);
        if (first is null || last is not { Suppressed: false, PremiumAdjusted: { } lastPremium })
        {
            return null;
        }

        var culture = context.Culture;
        return RunTexts.Fill(context.Texts.FindingTrend, culture.SignedPercent(first.PremiumAdjusted!.Value),
            ReportCulture.Year(first.Year), culture.SignedPercent(lastPremium), ReportCulture.Year(year));
    }

    private static string? Index(RunContext context)
    {
        var series = context.Result.IndexSeries.Where(p => p.Cluster == ClusterKeys.All).OrderBy(p => p.Year)
            .TakeWhile(p => !p.Suppressed && p.VaMembers is not null && p.VaSector is not null
                && p.FteMembers is not null && p.FteSector is not null)
            .ToArray();
        if (series.Length < 2)
        {
            return null;
        }

        var culture = context.Culture;
        var first = series[0];
        var last = series[^1];
        string Growth(double? to, double? from) => culture.SignedPercent((to!.Value / from!.Value) - 1.0);
        return RunTexts.Fill(context.Texts.FindingIndex, ReportCulture.Year(first.Year), ReportCulture.Year(last.Year),
            Growth(last.VaMembers, first.VaMembers), Growth(last.VaSector, first.VaSector),
            Growth(last.FteMembers, first.FteMembers), Growth(last.FteSector, first.FteSector));
    }

    private static string? Members(RunContext context, int year)
    {
        var flows = context.Result.Flows.Where(f => f.Cluster == ClusterKeys.All && f.Year == year).ToArray();
        if (flows.Length == 0)
        {
            return null;
        }

        int Count(FlowStatus status) => flows.Where(f => f.Status == status).Sum(f => f.NFirms);
        var culture = context.Culture;
        var staying = Count(FlowStatus.Staying);
        var fresh = Count(FlowStatus.New);
        return RunTexts.Fill(context.Texts.FindingMembers, ReportCulture.Year(year), culture.WholeNumber(staying + fresh),
            culture.WholeNumber(staying), culture.WholeNumber(fresh), culture.WholeNumber(Count(FlowStatus.Exiting)),
            ReportCulture.Year(year - 1));
    }
}
