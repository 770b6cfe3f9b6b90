using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Cache;
using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Memberships;
using ImpactAnalytics.Ingestion.Quality;
using ImpactAnalytics.Ingestion.Register;

namespace ImpactAnalytics.Ingestion;

/// <summary>
/// The ingestion layer's front door: reads the register, the memberships and the accounts of a study, validates
/// every row, and returns the firm panel with every issue, the row accounting and the quarantined rows.
/// Data problems never throw; only programmer errors (null arguments) do.
/// </summary>
public static class Ingest
{
    // Firm-years from which Run collects its own garbage before returning (below it the collection is not worth it).
    private const int LargePanelRows = 1 << 20;

    /// <summary>
    /// Reads, in this order: the register (firms and their sectors), the memberships (only of registered firms),
    /// and the accounts — a long-form CSV (plain or gzip), NBB CBSO JSON filings (a folder, or one .json file), or a tidy firm-year
    /// table (only of registered firms, only years <paramref name="options"/> keeps).
    /// </summary>
    public static IngestionResult Run(InputFiles inputs, IngestOptions options) => RunWith(inputs, options, LongFormParallelism.Default);

    /// <summary><see cref="Run"/> with the long-form parse's threads and block size set (tests).</summary>
    internal static IngestionResult RunWith(InputFiles inputs, IngestOptions options, LongFormParallelism parallelism)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var log = new IngestLog();
        var builder = new FirmPanelBuilder();
        // A gzip long-form file starts decompressing now, on its own thread, while the register is read.
        using var early = EarlyAccounts.Start(inputs);
        var firmIds = new List<EnterpriseNumber>();

        var registerName = DisplayName(inputs.Register);
        using (var source = TableSources.Open(inputs.Register, registerName, log, log.Tally(registerName)))
        {
            if (source is not null)
            {
                RegisterReader.Read(source, options, builder, firmIds);
            }
        }

        var membershipsName = DisplayName(inputs.Memberships);
        using (var source = TableSources.Open(inputs.Memberships, membershipsName, log, log.Tally(membershipsName)))
        {
            if (source is not null)
            {
                foreach (var spell in MembershipReader.Read(source, id => builder.IndexOf(id) >= 0))
                {
                    builder.AddMembership(spell);
                }
            }
        }

        ReadAccounts(inputs, options, log, builder, firmIds, parallelism, early);
        var files = log.Tallies.Select(t => t.ToAccounting()).ToArray();
        var result = new IngestionResult(builder.Build(), log.Issues.ToArray(), files, log.Quarantine.ToArray());
        if (result.Panel.RowCount >= LargePanelRows)
        {
            // Sorting and placing the rows left arrays as large as the panel's columns behind; collect them now so the
            // next stage (measures, benchmarks) reuses that memory instead of growing the process beside it.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        return result;
    }

    /// <summary>
    /// <see cref="Run"/> through the panel cache in <paramref name="cacheFolder"/>: when an entry for the same input
    /// bytes and options exists and reads back whole, the inputs are only hashed, not parsed; otherwise they are
    /// ingested and the result is stored for the next run. Either way the result is the same, issues and accounting
    /// included. A cache that cannot be read or written costs a note, never the run.
    /// </summary>
    /// <param name="inputs">The study's input files.</param>
    /// <param name="options">Ingestion options (part of the cache key).</param>
    /// <param name="cacheFolder">The cache folder (created when missing).</param>
    /// <param name="storeInBackground">
    /// When set, a new entry is written on a thread of its own: the result comes back as soon as the inputs are read
    /// and <see cref="CachedIngestion.Storing"/> completes, with the store's note, once the entry is in place. The
    /// caller must not release the panel's values before then (the entry is written from them).
    /// </param>
    public static CachedIngestion RunCached(InputFiles inputs, IngestOptions options, string cacheFolder, bool storeInBackground = false)
    {
        ArgumentNullException.ThrowIfNull(cacheFolder);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        string key;
        string? loadNote;
        IngestionResult result;
        if (PanelCache.HasGuess(cacheFolder, inputs, options))
        {
            if (PanelCache.TryLoad(cacheFolder, inputs, options, hashes, out key, out loadNote) is { } cached)
            {
                return new CachedIngestion(cached, CacheHit: true, key, Note: null) { InputHashes = hashes };
            }

            result = Run(inputs, options);
        }
        else
        {
            // No earlier run read or wrote an entry for files with these stamps: the inputs are new or changed, and a
            // miss is all but certain. They are hashed beside the parse instead of before it (the hashing and what
            // it first compiles took about a second on one core at 500,000 firms, with the other core idle). Should
            // the key name an entry after all (the same bytes under new write times), the parse's result is the
            // entry's and the stamps are recorded, so the next run reads it.
            var hashing = Task.Factory.StartNew(
                () => PanelCache.KeyWithHashes(inputs, options, hashes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            result = Run(inputs, options);
            key = hashing.GetAwaiter().GetResult();
            loadNote = null;
            if (PanelCache.Contains(cacheFolder, key))
            {
                PanelCache.RememberStamps(cacheFolder, inputs, options, key);
                return new CachedIngestion(result, CacheHit: false, key, Note: null) { InputHashes = hashes };
            }
        }

        var storeKey = key;
        string? Store()
        {
            var note = PanelCache.Store(cacheFolder, storeKey, result);
            if (note is null)
            {
                PanelCache.RememberStamps(cacheFolder, inputs, options, storeKey);
            }

            return note;
        }

        if (storeInBackground)
        {
            var storing = Task.Factory.StartNew(Store, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return new CachedIngestion(result, CacheHit: false, key, loadNote) { Storing = storing, InputHashes = hashes };
        }

        var storeNote = Store();
        var note = loadNote is null ? storeNote : storeNote is null ? loadNote : loadNote + "; " + storeNote;
        return new CachedIngestion(result, CacheHit: false, key, note) { InputHashes = hashes };
    }

    /// <summary>The name issues and quarantine use for an input: its file (or folder) name.</summary>
    public static string DisplayName(string path) => Path.GetFileName(path.TrimEnd('/', '\\'));

    private static void ReadAccounts(
        InputFiles inputs, IngestOptions options, IngestLog log, FirmPanelBuilder builder, List<EnterpriseNumber> firmIds, LongFormParallelism parallelism,
        EarlyAccounts early)
    {
        using var accumulator = new FirmYearAccumulator();
        string name;
        if (inputs.Accounts is { } accounts)
        {
            name = DisplayName(accounts);
            if (inputs.FirmYears is not null)
            {
                log.Issue(DisplayName(inputs.FirmYears), 0, string.Empty, IssueCodes.InputsAccountsAndFirmYears,
                    "both accounts and a firm-year table are given; the accounts are read and the firm-year table is ignored", Severity.Error);
            }

            if (Directory.Exists(accounts) || (File.Exists(accounts) && accounts.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            {
                new CbsoJsonReader(accounts, log, options, builder.IndexOf, accumulator).Read();
            }
            else
            {
                using var source = CsvSource.Open(accounts, name, log, log.Tally(name), early.Take());
                if (source is not null)
                {
                    new AccountsLongFormReader(source, log, options, builder.IndexOf, accumulator, parallelism).Read();
                }
            }
        }
        else if (inputs.FirmYears is { } firmYears)
        {
            name = DisplayName(firmYears);
            using var source = TableSources.Open(firmYears, name, log, log.Tally(name));
            if (source is not null)
            {
                new FirmYearTableReader(source, log, options, inputs.FirmYearColumns, builder.IndexOf, accumulator).Read();
            }
        }
        else
        {
            name = "(inputs)";
            log.FileError(name, IssueCodes.InputsNoAccounts, "no accounts and no firm-year table given: the panel has firms but no figures");
        }

        accumulator.AddTo(builder, log, firmIds);
    }
}
