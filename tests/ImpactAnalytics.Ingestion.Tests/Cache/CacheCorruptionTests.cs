using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Ingestion.Cache;

namespace ImpactAnalytics.Ingestion.Tests.Cache;

/// <summary>
/// A cache entry whose file has other bytes at the same length (damage on disk) is a miss with a note: never a wrong
/// panel, and never handed to the Parquet reader, which could loop for ever on a damaged footer.
/// </summary>
public sealed class CacheCorruptionTests
{
    private const string Key = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    [Fact]
    public void Any_changed_byte_of_any_file_of_an_entry_makes_it_a_miss_with_a_note()
    {
        using var dir = new TempFolder();
        var cache = Path.Combine(dir.Path, "cache");
        var expected = new IngestionResult(Panel(), [], [], []);
        Assert.Null(PanelCache.Store(cache, Key, expected, rowGroupSize: 7));
        var files = Directory.GetFiles(Path.Combine(cache, Key), "*.parquet").Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(files, f => f.EndsWith("values.parquet", StringComparison.Ordinal));

        var checkedBytes = 0;
        foreach (var path in files)
        {
            var original = File.ReadAllBytes(path);
            // Data pages and footer alike: every fifth byte, and the last eight (footer length and magic).
            foreach (var at in Enumerable.Range(0, original.Length).Where(i => i % 5 == 0 || i >= original.Length - 8))
            {
                var bytes = (byte[])original.Clone();
                bytes[at] ^= 0x5A;
                File.WriteAllBytes(path, bytes);

                var loaded = PanelCache.TryLoad(cache, Key, out var note);

                Assert.Null(loaded);
                Assert.Contains("hash differs", note, StringComparison.Ordinal);
                checkedBytes++;
            }

            File.WriteAllBytes(path, original);
        }

        Assert.True(checkedBytes > 1000);
        PanelAssert.Equal(expected, PanelCache.TryLoad(cache, Key, out var intactNote)!);
        Assert.Null(intactNote);
    }

    [Fact]
    public void An_entry_whose_manifest_lacks_a_files_hash_is_a_miss()
    {
        using var dir = new TempFolder();
        var cache = Path.Combine(dir.Path, "cache");
        Assert.Null(PanelCache.Store(cache, Key, new IngestionResult(Panel(), [], [], [])));
        var manifestPath = Path.Combine(cache, Key, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["FileHashes"]!.AsObject().Remove("values.parquet");
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var loaded = PanelCache.TryLoad(cache, Key, out var note);

        Assert.Null(loaded);
        Assert.Contains("does not record a hash for every file", note, StringComparison.Ordinal);
    }

    private static FirmPanel Panel()
    {
        var random = new Random(5);
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.ParseExact("62.01", NaceVersion.Rev2);
        string[] firms = ["0200065765", "0314595348", "0437910359", "0878065378"];
        string[] names = ["", "Brasserie \u00c9lise \ud834\udd1e", "Firm\nwith a line break", "Zed"];
        for (var f = 0; f < firms.Length; f++)
        {
            var firm = builder.AddFirm(EnterpriseNumber.ParseExact(firms[f]), names[f], nace, "Gent", 1990 + f);
            for (var year = 2014; year < 2024; year++)
            {
                var row = builder.AddFirmYear(firm, year, FilingScheme.Full);
                builder.SetValue(row, RubricCodes.All[0], random.Next(1000) + 0.5);
                if (random.Next(3) == 0)
                {
                    builder.SetValue(row, RubricCodes.All[2], random.NextDouble() * 1e9);
                }
            }
        }

        return builder.Build();
    }
}
