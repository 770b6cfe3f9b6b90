using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Reads the settings sections of a study file; an absent key keeps the METHODS default.</summary>
internal static class SettingsReader
{
    public static MeasureSettings Measures(YamlSection? s)
    {
        var d = new MeasureSettings();
        if (s is null)
        {
            return d;
        }

        return new MeasureSettings
        {
            ValueAddedFormula = s.Word("value_added", d.ValueAddedFormula, StudyWords.ValueAdded),
            ExcludeSubsidies = s.Boolean("exclude_subsidies", d.ExcludeSubsidies),
            FteSources = s.Words("fte", StudyWords.FteSource) ?? d.FteSources,
            MinFte = s.Number("min_fte", v => v >= 0, "a number ≥ 0 (FTE)") ?? d.MinFte,
        };
    }

    public static BenchmarkSettings Benchmark(YamlSection? s)
    {
        var d = new BenchmarkSettings();
        if (s is null)
        {
            return d;
        }

        return new BenchmarkSettings
        {
            Level = s.Word("nace_level", d.Level, StudyWords.NaceLevel),
            Statistic = s.Word("statistic", d.Statistic, StudyWords.Statistic),
            ExcludeMembers = s.Boolean("exclude_members", d.ExcludeMembers),
            MinCell = s.Integer("min_cell", d.MinCell, 1, int.MaxValue),
            Outliers = Outliers(s.Section("outliers", StudyKeys.Outliers)),
        };
    }

    public static CounterfactualSettings Counterfactual(YamlSection? s) => new()
    {
        Psm = Psm(s?.Section("psm", StudyKeys.Psm)),
        Did = Did(s?.Section("did", StudyKeys.Did)),
    };

    public static DisclosureSettings Disclosure(YamlSection? s)
    {
        var d = new DisclosureSettings();
        return s is null
            ? d
            : new DisclosureSettings
            {
                MinFirms = s.Integer("min_firms", d.MinFirms, 1, int.MaxValue),
                Dominance = s.Number("dominance", v => v > 0 && v <= 1, "a share above 0 and at most 1") ?? d.Dominance,
            };
    }

    public static BootstrapSettings Bootstrap(YamlSection? s)
    {
        var d = new BootstrapSettings();
        return s is null
            ? d
            : new BootstrapSettings
            {
                Replicates = s.Integer("replicates", d.Replicates, 1, int.MaxValue),
                Seed = s.Integer("seed", d.Seed, int.MinValue, int.MaxValue),
            };
    }

    public static ReportSettings Report(YamlSection? s)
    {
        var language = s?.Word("language", ReportLanguage.Dutch, StudyWords.Language) ?? ReportLanguage.Dutch;
        var title = s?.Text("title", string.Empty).Trim() ?? string.Empty;
        return new ReportSettings
        {
            Language = language,
            Title = title.Length == 0 ? ReportSettings.DefaultTitle(language) : title,
        };
    }

    private static OutlierRule Outliers(YamlSection? s)
    {
        var d = new OutlierRule();
        if (s is null)
        {
            return d;
        }

        const string quantile = "a quantile from 0 to 1";
        var method = s.Word("method", d.Method, StudyWords.Outliers);
        var low = s.Number("low", v => v is >= 0 and <= 1, quantile);
        var high = s.Number("high", v => v is >= 0 and <= 1, quantile);
        var rule = new OutlierRule(method, low ?? d.Low, high ?? d.High);
        if (rule.Low >= rule.High && (low is not null || high is not null))
        {
            // Report where the user wrote the contradicting value: high when given, else low.
            var key = high is not null ? "high" : "low";
            s.Problems.Add(
                s.Value(key)!.Start,
                s.KeyPath(key),
                StudyProblemCodes.OutOfRange,
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"expected low < high; found low {rule.Low:R} and high {rule.High:R}"));
        }

        return rule;
    }

    private static ImpactPsmSettings Psm(YamlSection? s)
    {
        var d = new ImpactPsmSettings();
        return s is null
            ? d
            : new ImpactPsmSettings
            {
                Enabled = s.Boolean("enabled", d.Enabled),
                Ratio = s.Integer("ratio", d.Ratio, 1, 100),
                Caliper = s.Number("caliper", v => v > 0, "a number > 0 (standard deviations of the score)") ?? d.Caliper,
                Replace = s.Boolean("replace", d.Replace),
                Exact = ExactList(s) ?? d.Exact,
            };
    }

    // An empty list is allowed here: it means no exact matching.
    private static IReadOnlyList<ExactColumn>? ExactList(YamlSection s)
    {
        if (s.Value("exact") is YamlDotNet.RepresentationModel.YamlSequenceNode { Children.Count: 0 })
        {
            return [];
        }

        return s.Words("exact", StudyWords.Exact);
    }

    private static ImpactDidSettings Did(YamlSection? s)
    {
        var d = new ImpactDidSettings();
        return s is null
            ? d
            : new ImpactDidSettings
            {
                Enabled = s.Boolean("enabled", d.Enabled),
                Control = s.Word("control", d.Control, StudyWords.Control),
                Method = s.Word("method", d.Method, StudyWords.DidMethod),
                Outcomes = s.Words("outcomes", StudyWords.Outcome) ?? d.Outcomes,
                PretestLeads = s.Integer("pretest_leads", d.PretestLeads, 1, 50),
            };
    }
}
