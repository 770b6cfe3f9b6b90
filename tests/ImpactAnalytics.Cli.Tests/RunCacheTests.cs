namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// The panel cache of <c>impact run</c>: a run that reads the ingested panel from the cache writes exactly the same
/// tables as a run that parses the inputs.
/// </summary>
public sealed class RunCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-cache-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_cached_run_and_an_uncached_run_write_identical_csv_outputs()
    {
        var study = SmallStudy();
        var uncached = Path.Combine(_dir, "runs", "uncached");
        var first = Path.Combine(_dir, "runs", "first");
        var second = Path.Combine(_dir, "runs", "second");

        var (code0, _, _) = Cli.Run("run", study, "--out", uncached, "--no-cache", "--quiet");
        var (code1, _, err1) = Cli.Run("run", study, "--out", first);
        var (code2, _, err2) = Cli.Run("run", study, "--out", second);

        Assert.Equal((0, 0, 0), (code0, code1, code2));
        Assert.Contains("panel cache: stored", err1, StringComparison.Ordinal);
        Assert.Contains("panel cache: hit", err2, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "runs", "uncached", ".cache")));
        var files = CsvFiles(uncached);
        Assert.Contains("tables/cluster_summary.csv", files);
        Assert.Contains("data_quality.csv", files);
        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(uncached, file));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(first, file)));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(second, file)));
        }

        Assert.Equal(files, CsvFiles(second));
    }

    [Fact]
    public void A_run_from_the_cache_records_the_input_hashes_the_cache_key_computed_and_they_are_the_files_hashes()
    {
        var study = SmallStudy();
        var first = Path.Combine(_dir, "runs", "first");
        var second = Path.Combine(_dir, "runs", "second");

        var (code1, _, _) = Cli.Run("run", study, "--out", first, "--quiet");
        var (code2, _, _) = Cli.Run("run", study, "--out", second, "--quiet");

        Assert.Equal((0, 0), (code1, code2));
        var stored = InputHashes(first);
        var hit = InputHashes(second);
        Assert.Equal(stored, hit);
        Assert.Contains(stored, i => i.Role == "accounts");
        Assert.All(hit, i => Assert.Equal(Sha256(i.Path), i.Sha256));
    }

    private static (string Role, string Path, string Sha256)[] InputHashes(string folder)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("inputs").EnumerateArray()
            .Select(i => (i.GetProperty("role").GetString()!, i.GetProperty("path").GetString()!, i.GetProperty("sha256").GetString()!))
            .ToArray();
    }

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static string[] CsvFiles(string folder) => Directory
        .EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private string SmallStudy()
    {
        var data = Path.Combine(_dir, "data");
        var (code, _, error) = Cli.Run("sample", "--firms", "600", "--years", "2015-2021", "--seed", "7", "--out", data, "--quiet");
        Assert.True(code == 0, error);
        var study = Path.Combine(data, "study.yaml");
        File.WriteAllText(study, $"""
            name: cache-test
            years: 2015-2021
            inputs:
              accounts: accounts.csv.gz
              register: register.csv
              memberships: memberships.csv
              nace_folder: {Path.Combine(RepoPaths.Root, "data", "nace")}
            bootstrap: {"{"} replicates: 50, seed: 1 {"}"}
            counterfactual: {"{"} psm: {"{"} enabled: false {"}"}, did: {"{"} enabled: false {"}"} {"}"}
            """);
        return study;
    }
}
