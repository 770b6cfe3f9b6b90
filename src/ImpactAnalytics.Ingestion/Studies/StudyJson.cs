using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The study as resolved, in the study file's own keys and words, for the run manifest.</summary>
internal static class StudyJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Text(JsonObject json) => json.ToJsonString(Indented);

    public static JsonObject Resolved(Study study) => new()
    {
        ["name"] = study.Name,
        ["years"] = study.Years.ToString(),
        ["inputs"] = Inputs(study.Inputs),
        ["measures"] = new JsonObject
        {
            ["value_added"] = study.Measures.ValueAddedFormula,
            ["exclude_subsidies"] = study.Measures.ExcludeSubsidies,
            ["fte"] = Array(study.Measures.FteSources.Select(StudyWords.FteSource.WordOf)),
            ["min_fte"] = study.Measures.MinFte,
        },
        ["benchmark"] = new JsonObject
        {
            ["nace_level"] = StudyWords.NaceLevel.WordOf(study.Benchmark.Level),
            ["statistic"] = StudyWords.Statistic.WordOf(study.Benchmark.Statistic),
            ["exclude_members"] = study.Benchmark.ExcludeMembers,
            ["min_cell"] = study.Benchmark.MinCell,
            ["outliers"] = new JsonObject
            {
                ["method"] = StudyWords.Outliers.WordOf(study.Benchmark.Outliers.Method),
                ["low"] = study.Benchmark.Outliers.Low,
                ["high"] = study.Benchmark.Outliers.High,
            },
        },
        ["counterfactual"] = Counterfactual(study.Counterfactual),
        ["disclosure"] = new JsonObject
        {
            ["min_firms"] = study.Disclosure.MinFirms,
            ["dominance"] = study.Disclosure.Dominance,
        },
        ["bootstrap"] = new JsonObject
        {
            ["replicates"] = study.Bootstrap.Replicates,
            ["seed"] = study.Bootstrap.Seed,
        },
        ["report"] = new JsonObject
        {
            ["language"] = StudyWords.Language.WordOf(study.Report.Language),
            ["title"] = study.Report.Title,
        },
        ["study_file"] = study.SourcePath,
        ["sha256"] = study.Sha256,
    };

    private static JsonObject Inputs(InputFiles inputs)
    {
        var columns = new JsonObject();
        foreach (var (field, header) in inputs.FirmYearColumns.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            columns[field] = header;
        }

        return new JsonObject
        {
            ["accounts"] = inputs.Accounts,
            ["firm_years"] = inputs.FirmYears,
            ["columns"] = columns,
            ["register"] = inputs.Register,
            ["memberships"] = inputs.Memberships,
            ["external_benchmarks"] = Array(inputs.ExternalBenchmarks),
            ["nace_folder"] = inputs.NaceFolder,
        };
    }

    private static JsonObject Counterfactual(CounterfactualSettings c) => new()
    {
        ["psm"] = new JsonObject
        {
            ["enabled"] = c.Psm.Enabled,
            ["ratio"] = c.Psm.Ratio,
            ["caliper"] = c.Psm.Caliper,
            ["replace"] = c.Psm.Replace,
            ["exact"] = Array(c.Psm.Exact.Select(StudyWords.Exact.WordOf)),
        },
        ["did"] = new JsonObject
        {
            ["enabled"] = c.Did.Enabled,
            ["control"] = StudyWords.Control.WordOf(c.Did.Control),
            ["method"] = StudyWords.DidMethod.WordOf(c.Did.Method),
            ["outcomes"] = Array(c.Did.Outcomes.Select(StudyWords.Outcome.WordOf)),
            ["pretest_leads"] = c.Did.PretestLeads,
        },
    };

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
}
