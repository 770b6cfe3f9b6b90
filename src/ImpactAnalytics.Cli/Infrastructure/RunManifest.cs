using System.Reflection;
using System.Text.Json;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// Writes <c>manifest.json</c>: tool version and commit, the study as resolved, SHA-256 of every input, the seed,
/// row accounting per input file (read = used + quarantined), stage timings, and the SHA-256 of every output file.
/// Property order is fixed; only the timings differ between two runs on the same inputs.
/// </summary>
public static class RunManifest
{
    /// <summary>Writes the manifest for a finished run into <paramref name="path"/>.</summary>
    public static void Write(
        string path,
        Study study,
        IngestionResult ingestion,
        StageTimings timings,
        string outputFolder)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteString("name", "ImpactAnalytics");
        json.WriteString("version", ToolVersion());
        json.WriteString("commit", GitInfo.Commit(AppContext.BaseDirectory) ?? GitInfo.Commit(Environment.CurrentDirectory));
        json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        json.WriteEndObject();

        json.WritePropertyName("study");
        study.ToResolvedJson().WriteTo(json);
        json.WriteNumber("seed", study.Bootstrap.Seed);

        json.WriteStartArray("inputs");
        foreach (var (role, file) in InputPaths(study))
        {
            json.WriteStartObject();
            json.WriteString("role", role);
            json.WriteString("path", file);
            json.WriteString("sha256", FileHashes.Sha256(file));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("rows");
        foreach (var f in ingestion.Files)
        {
            json.WriteStartObject();
            json.WriteString("file", f.File);
            json.WriteNumber("read", f.RowsRead);
            json.WriteNumber("used", f.RowsUsed);
            json.WriteNumber("quarantined", f.RowsQuarantined);
            json.WriteNumber("skipped_by_design", f.RowsSkipped);
            json.WriteBoolean("balanced", f.RowsRead == f.RowsUsed + f.RowsQuarantined);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("panel");
        json.WriteNumber("firms", ingestion.Panel.FirmCount);
        json.WriteNumber("firm_years", ingestion.Panel.RowCount);
        json.WriteNumber("membership_spells", ingestion.Panel.Memberships.Length);
        json.WriteEndObject();

        json.WriteStartArray("timings");
        foreach (var (stage, seconds) in timings.Done)
        {
            json.WriteStartObject();
            json.WriteString("stage", stage);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("outputs");
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
                     .Where(f => f != "manifest.json")
                     .Order(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("sha256", FileHashes.Sha256(Path.Combine(outputFolder, file)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The informational version of the tool (e.g. <c>0.1.0</c>).</summary>
    public static string ToolVersion()
    {
        var version = typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private static IEnumerable<(string Role, string Path)> InputPaths(Study study)
    {
        var inputs = study.Inputs;
        yield return ("study", study.SourcePath);
        if (inputs.Accounts is { } accounts)
        {
            yield return ("accounts", accounts);
        }

        if (inputs.FirmYears is { } firmYears)
        {
            yield return ("firm_years", firmYears);
        }

        yield return ("register", inputs.Register);
        yield return ("memberships", inputs.Memberships);
        foreach (var external in inputs.ExternalBenchmarks)
        {
            yield return ("external_benchmark", external);
        }

        foreach (var nace in Directory.EnumerateFiles(inputs.NaceFolder, "*.csv").Order(StringComparer.Ordinal))
        {
            yield return ("nace", nace);
        }
    }
}
