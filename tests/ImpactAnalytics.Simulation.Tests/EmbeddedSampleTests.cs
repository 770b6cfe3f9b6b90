using System.IO.Compression;

namespace ImpactAnalytics.Simulation.Tests;

/// <summary>data/sample/ is what its README says: the generator's output for the documented command, under 10 MB.</summary>
public sealed class EmbeddedSampleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("impact-embedded-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_embedded_sample_is_the_generators_output_for_the_documented_settings()
    {
        var sample = SampleFolder();

        SampleWriter.Write(SampleFixture.Settings, _temp);

        foreach (var name in new[] { SampleWriter.RegisterFile, SampleWriter.MembershipsFile, SampleWriter.TruthFile })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(sample, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_temp, name))),
                $"data/sample/{name} differs from the generator's output: re-run the command in data/sample/README.md");
        }

        // Compare the accounts decompressed: the gzip bytes may differ between zlib builds, the content may not.
        Assert.True(
            Gunzip(Path.Combine(sample, SampleWriter.AccountsFile)).AsSpan().SequenceEqual(Gunzip(Path.Combine(_temp, SampleWriter.AccountsFile))),
            "data/sample/accounts.csv.gz differs from the generator's output: re-run the command in data/sample/README.md");
    }

    [Fact]
    public void The_embedded_sample_is_under_10_MB_and_says_it_is_synthetic()
    {
        var sample = SampleFolder();
        var bytes = Directory.GetFiles(sample).Sum(f => new FileInfo(f).Length);

        Assert.True(bytes < 10_000_000, $"data/sample/ holds {bytes:N0} bytes");
        Assert.Contains("synthetic", File.ReadAllText(Path.Combine(sample, "README.md")), StringComparison.Ordinal);
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static string SampleFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ImpactAnalytics.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return Path.Combine(folder.FullName, "data", "sample");
    }
}
