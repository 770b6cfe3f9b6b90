namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The known keys of each mapping of the study file (docs/study-file.md documents each).</summary>
internal static class StudyKeys
{
    public static readonly string[] Root =
        ["name", "years", "inputs", "measures", "benchmark", "counterfactual", "disclosure", "bootstrap", "report"];

    public static readonly string[] Inputs =
        ["accounts", "firm_years", "columns", "register", "memberships", "external_benchmarks", "nace_folder"];

    public static readonly string[] Measures = ["value_added", "exclude_subsidies", "fte", "min_fte"];

    public static readonly string[] Benchmark = ["nace_level", "statistic", "exclude_members", "min_cell", "outliers"];

    public static readonly string[] Outliers = ["method", "low", "high"];

    public static readonly string[] Counterfactual = ["psm", "did"];

    public static readonly string[] Psm = ["enabled", "ratio", "caliper", "replace", "exact"];

    public static readonly string[] Did = ["enabled", "control", "method", "outcomes", "pretest_leads"];

    public static readonly string[] Disclosure = ["min_firms", "dominance"];

    public static readonly string[] Bootstrap = ["replicates", "seed"];

    public static readonly string[] Report = ["language", "title"];
}
