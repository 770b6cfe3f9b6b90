using ImpactAnalytics.Ingestion.Cache;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Ingestion.Tests.Cache;

public sealed class PanelCacheTests
{
    // Accounts with something of everything the data-quality report shows: a 6-month year, a duplicate, a value
    // that is not a number, an unregistered firm, an unused code, and N-1 comparatives (one superseded).
    private const string Accounts =
        "enterprise_number,year,scheme,code,value,period,months\n" +
        "0878065378,2020,VOL,70,1000.5,N,\n" +
        "0878065378,2020,VOL,60,200,N,\n" +
        "0878065378,2020,VOL,70,999,N,\n" +
        "0878065378,2020,VOL,1003,12.5,N,\n" +
        "0878065378,2020,VOL,70,900,N-1,\n" +
        "0878065378,2020,VOL,9999,1,N,\n" +
        "0437910359,2021,VKT,9900,abc,N,\n" +
        "0437910359,2021,VKT,9900,\"1,234.25\",N,6\n" +
        "0437910359,2021,VKT,9087,3,N,6\n" +
        "0314595348,2021,MIC,9900,5,N,\n" +
        "0200065765,2022,MIC,9900,7,N-1,\n";

    [Fact]
    public void A_cached_run_returns_exactly_the_panel_issues_accounting_and_quarantine_of_the_uncached_run()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");

        var first = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var second = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(first.CacheHit);
        Assert.True(second.CacheHit);
        Assert.Null(second.Note);
        Assert.NotEmpty(first.Result.Issues);
        Assert.NotEmpty(first.Result.Quarantine);
        PanelAssert.Equal(Ingest.Run(inputs, new IngestOptions()), second.Result);
    }

    [Fact]
    public async Task An_entry_written_in_the_background_is_whole_once_storing_completes_and_serves_the_next_run()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");

        var first = Ingest.RunCached(inputs, new IngestOptions(), cache, storeInBackground: true);
        Assert.NotNull(first.Storing);
        var storeNote = await first.Storing;
        var second = Ingest.RunCached(inputs, new IngestOptions(), cache, storeInBackground: true);

        Assert.False(first.CacheHit);
        Assert.Null(storeNote);
        Assert.True(second.CacheHit);
        Assert.Null(second.Storing);
        PanelAssert.Equal(first.Result, second.Result);
    }

    [Fact]
    public void A_generated_sample_round_trips_through_the_cache_bit_for_bit()
    {
        using var dir = new TempFolder();
        var sample = Path.Combine(dir.Path, "sample");
        SampleWriter.Write(new PopulationSettings(300, 2014, 2023, Seed: 11), sample);
        var inputs = SampleInputs(dir, sample);
        var cache = Path.Combine(dir.Path, "cache");

        Ingest.RunCached(inputs, new IngestOptions(), cache);
        var cached = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.True(cached.CacheHit);
        PanelAssert.Equal(Ingest.Run(inputs, new IngestOptions()), cached.Result);
    }

    [Fact]
    public void Cached_and_uncached_runs_write_identical_data_quality_and_quarantine_files()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");
        var uncached = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var cached = Ingest.RunCached(inputs, new IngestOptions(), cache);

        var a = Write(dir, "a", uncached.Result);
        var b = Write(dir, "b", cached.Result);

        Assert.True(cached.CacheHit);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("data_quality.csv", a.Keys);
        foreach (var (name, bytes) in a)
        {
            Assert.Equal(bytes, b[name]);
        }
    }

    [Fact]
    public void A_truncated_cache_file_is_ignored_with_a_note_and_the_entry_rewritten()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");
        var first = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var rows = Path.Combine(cache, first.Key, "rows.parquet");
        using (var stream = new FileStream(rows, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var second = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var third = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(second.CacheHit);
        Assert.Contains("ignored", second.Note, StringComparison.Ordinal);
        PanelAssert.Equal(first.Result, second.Result);
        Assert.True(third.CacheHit);
    }

    [Fact]
    public void An_entry_whose_manifest_is_missing_is_not_trusted()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");
        var first = Ingest.RunCached(inputs, new IngestOptions(), cache);
        File.Delete(Path.Combine(cache, first.Key, "manifest.json"));

        var second = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(second.CacheHit);
        Assert.NotNull(second.Note);
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_run_is_never_read_and_is_cleared()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");
        var key = PanelCache.Key(inputs, new IngestOptions());
        // What a run killed mid-write leaves: a staging folder (of a process that is gone) with part of the files.
        var staging = Path.Combine(cache, $".staging-{key[..12]}-{int.MaxValue}-0123");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "rows.parquet"), "PAR1 half");

        var run = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(run.CacheHit);
        Assert.False(Directory.Exists(staging));
        Assert.True(File.Exists(Path.Combine(cache, key, "manifest.json")));
    }

    [Fact]
    public void A_guess_file_half_written_by_a_killed_run_is_cleared_and_one_of_a_live_run_kept()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");
        Directory.CreateDirectory(cache);
        var dead = Path.Combine(cache, $".staging-guess-{int.MaxValue}-0123");
        var live = Path.Combine(cache, $".staging-guess-{Environment.ProcessId}-4567");
        File.WriteAllText(dead, "0123");
        File.WriteAllText(live, "4567");

        var run = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(run.CacheHit);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public void The_key_changes_when_one_input_byte_or_one_option_changes()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Accounts);
        var inputs = Inputs(dir, accounts);
        var key = PanelCache.Key(inputs, new IngestOptions());

        var sameAgain = PanelCache.Key(inputs, new IngestOptions());
        var otherYears = PanelCache.Key(inputs, new IngestOptions { FirstYear = 2021 });
        dir.Write("accounts.csv", Accounts.Replace("1000.5", "1000.6", StringComparison.Ordinal));
        var otherByte = PanelCache.Key(inputs, new IngestOptions());

        Assert.Equal(key, sameAgain);
        Assert.NotEqual(key, otherYears);
        Assert.NotEqual(key, otherByte);
        Assert.Equal(64, key.Length);
    }

    [Fact]
    public void An_entry_guessed_from_unchanged_file_stamps_is_not_trusted_when_the_content_changed()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Accounts);
        var inputs = Inputs(dir, accounts);
        var cache = Path.Combine(dir.Path, "cache");
        Ingest.RunCached(inputs, new IngestOptions(), cache);
        var hit = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var stamp = File.GetLastWriteTimeUtc(accounts);

        // Same length, same write time, one digit different: the stamps point at the old entry.
        dir.Write("accounts.csv", Accounts.Replace("1000.5", "1000.6", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(accounts, stamp);
        var changed = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var again = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.True(hit.CacheHit);
        Assert.False(changed.CacheHit);
        Assert.NotEqual(hit.Key, changed.Key);
        PanelAssert.Equal(Ingest.Run(inputs, new IngestOptions()), changed.Result);
        Assert.True(again.CacheHit);
        PanelAssert.Equal(changed.Result, again.Result);
    }

    [Fact]
    public void A_first_run_records_its_file_stamps_so_that_the_next_run_knows_the_entry_to_read()
    {
        using var dir = new TempFolder();
        var inputs = Inputs(dir, dir.Write("accounts.csv", Accounts));
        var cache = Path.Combine(dir.Path, "cache");

        var first = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(first.CacheHit);
        Assert.True(PanelCache.HasGuess(cache, inputs, new IngestOptions()));
        var guess = Assert.Single(Directory.GetFiles(cache, ".guess-*"));
        Assert.Equal(first.Key, File.ReadAllText(guess));
        Assert.Equal(3, first.InputHashes.Count);
    }

    [Fact]
    public void The_same_bytes_under_new_write_times_are_parsed_once_without_rewriting_their_entry_and_then_read_from_it()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Accounts);
        var inputs = Inputs(dir, accounts);
        var cache = Path.Combine(dir.Path, "cache");
        var first = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var manifest = Path.Combine(cache, first.Key, "manifest.json");
        var written = File.GetLastWriteTimeUtc(manifest);

        // A copied or touched file: new stamps, the same content, so no guess names the entry.
        File.SetLastWriteTimeUtc(accounts, File.GetLastWriteTimeUtc(accounts).AddHours(1));
        var touched = Ingest.RunCached(inputs, new IngestOptions(), cache);
        var again = Ingest.RunCached(inputs, new IngestOptions(), cache);

        Assert.False(touched.CacheHit);
        Assert.Null(touched.Storing);
        Assert.Null(touched.Note);
        Assert.Equal(first.Key, touched.Key);
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifest));
        Assert.Equal(first.InputHashes.Values.Order(), touched.InputHashes.Values.Order());
        PanelAssert.Equal(first.Result, touched.Result);
        Assert.True(again.CacheHit);
        Assert.Equal(first.Key, again.Key);
    }

    private static InputFiles Inputs(TempFolder dir, string accounts) => new()
    {
        Accounts = accounts,
        Register = dir.Write("register.csv", TempFolder.Register),
        Memberships = dir.Write("memberships.csv", TempFolder.Memberships),
        NaceFolder = dir.Path,
    };

    private static InputFiles SampleInputs(TempFolder dir, string sample) => new()
    {
        Accounts = Path.Combine(sample, SampleWriter.AccountsFile),
        Register = Path.Combine(sample, SampleWriter.RegisterFile),
        Memberships = Path.Combine(sample, SampleWriter.MembershipsFile),
        NaceFolder = dir.Path,
    };

    private static Dictionary<string, byte[]> Write(TempFolder dir, string name, IngestionResult result)
    {
        var folder = Path.Combine(dir.Path, "out-" + name);
        Directory.CreateDirectory(folder);
        result.WriteDataQuality(Path.Combine(folder, "data_quality.csv"));
        result.WriteQuarantine(Path.Combine(folder, "quarantine"));
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
