using System.Reflection;
using System.Text.Json;
using ImpactAnalytics.Ingestion;
using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// Writes <c>manifest.json</c>: tool version and commit, the study as resolved, SHA-256 of every input, the seed,
/// row accounting per input file (read = used + quarantined), stage timings, and the SHA-256 of every output file.
/// The input hashes come from <see cref="InputHashes"/>, started earlier in the run.
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
        string outputFolder,
        InputHashes inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // The outputs are hashed on both cores while the rest is written; the list keeps its ordinal order.
        var outputs = Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var outputHashes = Task.Run(() => outputs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(f => FileHashes.Sha256(Path.Combine(outputFolder, f)))
            .ToArray());
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
        foreach (var (role, file, sha256) in inputs.Result())
        {
            json.WriteStartObject();
            json.WriteString("role", role);
            json.WriteString("path", file);
            json.WriteString("sha256", sha256);
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
        var hashes = outputHashes.GetAwaiter().GetResult();
        for (var i = 0; i < outputs.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("file", outputs[i]);
            json.WriteString("sha256", hashes[i]);
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
}
