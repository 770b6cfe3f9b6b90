using System.Text.Json.Nodes;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>
/// A validated study: what to read, which years, and every setting of the evaluation with its effective value
/// (defaults filled in). Built only by <see cref="StudyFile.Load"/>; immutable.
/// </summary>
public sealed record Study
{
    /// <summary>The study's name; also the output folder <c>out/&lt;name&gt;/</c>. Letters, digits, '.', '_' and '-'.</summary>
    public required string Name { get; init; }

    /// <summary>The study period, both ends inclusive.</summary>
    public required YearRange Years { get; init; }

    /// <summary>Input files as absolute paths, each checked to exist when the study was loaded.</summary>
    public required InputFiles Inputs { get; init; }

    /// <summary>Firm-level measures (METHODS §3).</summary>
    public MeasureSettings Measures { get; init; } = new();

    /// <summary>Sector benchmarks (METHODS §4).</summary>
    public BenchmarkSettings Benchmark { get; init; } = new();

    /// <summary>Counterfactual estimators (METHODS §7).</summary>
    public CounterfactualSettings Counterfactual { get; init; } = new();

    /// <summary>Disclosure control (METHODS §6).</summary>
    public DisclosureSettings Disclosure { get; init; } = new();

    /// <summary>The seeded bootstrap (METHODS §5).</summary>
    public BootstrapSettings Bootstrap { get; init; } = new();

    /// <summary>Report language and title.</summary>
    public ReportSettings Report { get; init; } = new();

    /// <summary>Absolute path of the study file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>SHA-256 of the study file's bytes, 64 lowercase hex digits.</summary>
    public required string Sha256 { get; init; }

    /// <summary>
    /// The study as resolved, for the run manifest: every key of the study file with its effective value (defaults
    /// filled in, paths absolute), in the study file's key order and spelling, plus <c>study_file</c> and
    /// <c>sha256</c>.
    /// </summary>
    public JsonObject ToResolvedJson() => StudyJson.Resolved(this);

    /// <summary><see cref="ToResolvedJson"/> as indented JSON text with '\n' line ends.</summary>
    public string ToResolvedJsonText() => StudyJson.Text(ToResolvedJson());
}
