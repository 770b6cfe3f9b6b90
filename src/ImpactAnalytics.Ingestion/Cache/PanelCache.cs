using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// A columnar cache of ingested panels in a folder the caller chooses (the CLI uses <c>out/.cache</c>): one entry
/// per key (<see cref="CacheKey"/>), a folder of Parquet files (firms, firm-year rows, their present rubric values,
/// memberships, issues, quarantine) and a <c>manifest.json</c> with the row accounting and each file's length. An entry is written into a
/// private staging folder and renamed into place only when complete, so a run killed while writing leaves nothing a
/// later run trusts; an entry that does not match its manifest, or does not read, is ignored (with a note) and
/// replaced.
/// </summary>
public static class PanelCache
{
    /// <summary>Changes whenever the entry layout or what ingestion produces changes, so old entries are not read.</summary>
    public const int FormatVersion = 5;
    private const string ManifestFile = "manifest.json";
    private const string StagingPrefix = ".staging-";
    private const string GuessPrefix = ".guess-";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The key of an ingestion: SHA-256 (hex) over the inputs' content hashes, the options and <see cref="FormatVersion"/>.</summary>
    public static string Key(InputFiles inputs, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        return CacheKey.Compute(inputs, options, FormatVersion);
    }

    /// <summary>
    /// The cached result under <paramref name="key"/>, or <c>null</c> when there is none or it cannot be trusted; then
    /// <paramref name="note"/> says why (<c>null</c> for a plain miss).
    /// </summary>
    public static IngestionResult? TryLoad(string cacheFolder, string key, out string? note)
    {
        note = null;
        var entry = Path.Combine(cacheFolder, key);
        if (!Directory.Exists(entry))
        {
            return null;
        }

        try
        {
            var manifestPath = Path.Combine(entry, ManifestFile);
            var manifest = JsonSerializer.Deserialize<CacheManifest>(File.ReadAllBytes(manifestPath), Json)
                ?? throw new InvalidDataException("the manifest is empty");
            if (manifest.FormatVersion != FormatVersion || manifest.Key != key)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"the manifest is of format {manifest.FormatVersion} or another key"));
            }

            foreach (var (file, length) in manifest.FileLengths)
            {
                var info = new FileInfo(Path.Combine(entry, file));
                if (!info.Exists || info.Length != length)
                {
                    throw new InvalidDataException($"{file} is missing or not of the length the manifest records");
                }
            }

            // Every file's bytes as written, checked before any is parsed (a large file's segments on all cores).
            if (manifest.FileHashes.Count != manifest.FileLengths.Count || manifest.FileLengths.Keys.Any(f => !manifest.FileHashes.ContainsKey(f)))
            {
                throw new InvalidDataException("the manifest does not record a hash for every file");
            }

            foreach (var file in manifest.FileHashes.Keys.Order(StringComparer.Ordinal))
            {
                if (EntryHash.Of(Path.Combine(entry, file)) != manifest.FileHashes[file])
                {
                    throw new InvalidDataException($"{file} is not the file the entry was written with (its hash differs)");
                }
            }

            return PanelParquetReader.ReadAsync(entry, manifest).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Whatever is wrong with an entry, the cure is the same: ingest from the inputs.
        catch (Exception e)
#pragma warning restore CA1031
        {
            note = $"cache entry {key[..12]} in {cacheFolder} is incomplete or unreadable ({e.Message}); it is ignored and the inputs are read";
            return null;
        }
    }

    /// <summary>
    /// The cached result for these inputs and options, with their <paramref name="key"/>: <see cref="TryLoad(string, string, out string?)"/>
    /// under <see cref="Key"/>, but while the inputs are hashed the entry that the last hit with the same files (paths,
    /// lengths, write times) and options used is read beside, on a guess. That entry is returned only when the hash
    /// names it; otherwise it is dropped and the entry of the hash is read, so a guess can cost time, never trust.
    /// </summary>
    public static IngestionResult? TryLoad(string cacheFolder, InputFiles inputs, IngestOptions options, out string key, out string? note) =>
        TryLoad(cacheFolder, inputs, options, new Dictionary<string, string>(StringComparer.Ordinal), out key, out note);

    /// <summary>
    /// <see cref="TryLoad(string, InputFiles, IngestOptions, out string, out string?)"/>, recording the content hash of
    /// every input file the key read into <paramref name="fileHashes"/> (full path → SHA-256, lowercase hex).
    /// </summary>
    internal static IngestionResult? TryLoad(
        string cacheFolder, InputFiles inputs, IngestOptions options, IDictionary<string, string> fileHashes, out string key, out string? note)
    {
        ArgumentNullException.ThrowIfNull(cacheFolder);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var guessFile = GuessFile(cacheFolder, inputs, options);
        var guess = ReadGuess(guessFile);
        var early = guess is not null && Directory.Exists(Path.Combine(cacheFolder, guess))
            ? Task.Run(() => (Result: TryLoad(cacheFolder, guess, out var n), Note: n))
            : null;
        key = CacheKey.Compute(inputs, options, FormatVersion, fileHashes);
        if (early is not null)
        {
            var (result, earlyNote) = early.GetAwaiter().GetResult();
            if (guess == key)
            {
                note = earlyNote;
                return result;
            }
        }

        var loaded = TryLoad(cacheFolder, key, out note);
        if (loaded is not null)
        {
            WriteGuess(cacheFolder, guessFile, key);
        }

        return loaded;
    }

    /// <summary>
    /// Whether an earlier run read or wrote an entry for input files with these stamps (paths, lengths, write times)
    /// and options, and that entry is still there: if not, the inputs are new or changed and a miss is all but certain.
    /// </summary>
    internal static bool HasGuess(string cacheFolder, InputFiles inputs, IngestOptions options) =>
        ReadGuess(GuessFile(cacheFolder, inputs, options)) is { } guess && Directory.Exists(Path.Combine(cacheFolder, guess));

    /// <summary>
    /// Records <paramref name="key"/> as the entry of input files with these stamps and options, so that the next run
    /// with the same files reads it while it hashes them (<see cref="TryLoad(string, InputFiles, IngestOptions, out string, out string?)"/>).
    /// </summary>
    internal static void RememberStamps(string cacheFolder, InputFiles inputs, IngestOptions options, string key)
    {
        if (Directory.Exists(cacheFolder))
        {
            WriteGuess(cacheFolder, GuessFile(cacheFolder, inputs, options), key);
        }
    }

    /// <summary><see cref="Key(InputFiles, IngestOptions)"/>, recording the content hash of every input file into <paramref name="fileHashes"/> (full path → SHA-256).</summary>
    internal static string KeyWithHashes(InputFiles inputs, IngestOptions options, IDictionary<string, string> fileHashes) =>
        CacheKey.Compute(inputs, options, FormatVersion, fileHashes);

    /// <summary>Whether an entry (complete or not; <see cref="TryLoad(string, string, out string?)"/> judges that) is stored under <paramref name="key"/>.</summary>
    internal static bool Contains(string cacheFolder, string key) => Directory.Exists(Path.Combine(cacheFolder, key));

    private static string GuessFile(string cacheFolder, InputFiles inputs, IngestOptions options) =>
        Path.Combine(cacheFolder, GuessPrefix + CacheKey.Stamp(inputs, options, FormatVersion)[..32]);

    /// <summary>
    /// Stores a result under <paramref name="key"/>: written to a staging folder, flushed, and renamed into place
    /// only when complete (replacing an entry that <see cref="TryLoad(string, string, out string?)"/> rejected). Returns a note when the entry
    /// could not be written (the run goes on without it), otherwise <c>null</c>.
    /// </summary>
    public static string? Store(string cacheFolder, string key, IngestionResult result) =>
        Store(cacheFolder, key, result, PanelParquet.RowGroupSize);

    /// <summary><see cref="Store(string, string, IngestionResult)"/> with the firm-year rows in groups of <paramref name="rowGroupSize"/> (tests: many groups from few rows).</summary>
    internal static string? Store(string cacheFolder, string key, IngestionResult result, int rowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entry = Path.Combine(cacheFolder, key);
        var staging = Path.Combine(cacheFolder, string.Create(CultureInfo.InvariantCulture, $"{StagingPrefix}{key[..12]}-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        try
        {
            Directory.CreateDirectory(cacheFolder);
            RemoveAbandonedStaging(cacheFolder);
            Directory.CreateDirectory(staging);
            PanelParquet.WriteAsync(staging, result, rowGroupSize).GetAwaiter().GetResult();
            var panel = result.Panel;
            var rubrics = Enumerable.Range(0, RubricCodes.Count).Where(r => panel.Column((Rubric)r) is not null).ToArray();
            var lengths = Directory.EnumerateFiles(staging).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length, StringComparer.Ordinal);
            var hashes = Directory.EnumerateFiles(staging).ToDictionary(f => Path.GetFileName(f), EntryHash.Of, StringComparer.Ordinal);
            var manifest = new CacheManifest(FormatVersion, key, panel.FirmCount, panel.RowCount, rubrics, lengths, hashes, result.Files);
            foreach (var file in Directory.EnumerateFiles(staging))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
                stream.Flush(flushToDisk: true);
            }

            using (var stream = new FileStream(Path.Combine(staging, ManifestFile), FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, manifest, Json);
                stream.Flush(flushToDisk: true);
            }

            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }

            Directory.Move(staging, entry);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            return $"the panel could not be cached in {cacheFolder} ({e.Message}); the next run reads the inputs again";
        }
    }

    // A guess is the key of an entry, nothing else; anything unreadable is no guess.
    private static string? ReadGuess(string guessFile)
    {
        try
        {
            var text = File.Exists(guessFile) ? File.ReadAllText(guessFile).Trim() : null;
            return text is { Length: 64 } && text.All(char.IsAsciiHexDigitLower) ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Written aside and renamed over the old guess, so a reader sees a whole key or none.
    private static void WriteGuess(string cacheFolder, string guessFile, string key)
    {
        var temporary = Path.Combine(cacheFolder, string.Create(CultureInfo.InvariantCulture, $"{StagingPrefix}guess-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        try
        {
            File.WriteAllText(temporary, key);
            File.Move(temporary, guessFile, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDeleteFile(temporary);
        }
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A staging name: never read, removed by nothing worse than leaving it.
        }
    }

    /// <summary>Staging folders of processes that no longer run (killed mid-write): never trusted, so removed.</summary>
    // Staging folders (.staging-<key>-<pid>-<guid>) and guess files being written (.staging-guess-<pid>-<guid>) of
    // processes that are gone: a killed run's leftovers, never read, removed here.
    private static void RemoveAbandonedStaging(string cacheFolder)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(cacheFolder, StagingPrefix + "*"))
        {
            var parts = Path.GetFileName(path).Split('-');
            if (parts.Length >= 4 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !Running(pid))
            {
                TryDelete(path);
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later run's clean-up; a staging folder or file is never read.
        }
    }
}
