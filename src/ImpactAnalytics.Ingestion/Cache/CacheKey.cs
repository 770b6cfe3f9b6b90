using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Cache;

/// <summary>
/// The cache key of an ingestion: SHA-256 over the cache format version, the content hash of every input file the
/// panel is built from (register, memberships, accounts or the firm-year table with its column mapping; a folder of
/// JSON filings file by file), and every ingestion option (years, default NACE edition, the classifications' codes
/// and labels). One changed byte or option gives another key.
/// </summary>
internal static class CacheKey
{
    public static string Compute(InputFiles inputs, IngestOptions options, int formatVersion) =>
        Compute(inputs, options, formatVersion, FileHash);

    /// <summary>
    /// <see cref="Compute(InputFiles, IngestOptions, int)"/>, also recording into <paramref name="fileHashes"/> the
    /// SHA-256 (lowercase hex) of every file it hashed, by full path, so that the run manifest need not read them again.
    /// </summary>
    public static string Compute(InputFiles inputs, IngestOptions options, int formatVersion, IDictionary<string, string> fileHashes) =>
        Compute(inputs, options, formatVersion, path =>
        {
            var hash = FileHash(path);
            fileHashes[Path.GetFullPath(path)] = hash;
            return hash;
        });

    /// <summary>
    /// The same over each file's path, length and last write time instead of its content: cheap, and only a guess at
    /// which entry the key will name (<see cref="PanelCache.TryLoad(string, InputFiles, IngestOptions, out string, out string?)"/>),
    /// never a key itself.
    /// </summary>
    public static string Stamp(InputFiles inputs, IngestOptions options, int formatVersion) =>
        Compute(inputs, options, formatVersion, FileStamp);

    private static string Compute(InputFiles inputs, IngestOptions options, int formatVersion, Func<string, string> identify)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, string.Create(CultureInfo.InvariantCulture, $"impact-panel-cache v{formatVersion}"));
        AddInput(hash, "register", inputs.Register, identify);
        AddInput(hash, "memberships", inputs.Memberships, identify);
        AddInput(hash, "accounts", inputs.Accounts, identify);
        AddInput(hash, "firm-years", inputs.FirmYears, identify);
        foreach (var (field, column) in inputs.FirmYearColumns.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(hash, $"column {field}={column}");
        }

        Add(hash, string.Create(CultureInfo.InvariantCulture,
            $"years {options.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}..{options.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}; default {options.DefaultNaceVersion}"));
        foreach (var (version, classification) in (options.NaceClassifications ?? new Dictionary<NaceVersion, NaceClassification>()).OrderBy(p => p.Key))
        {
            Add(hash, string.Create(CultureInfo.InvariantCulture, $"classification {version} as {classification.Version}: {classification.Count} codes"));
            foreach (var level in Enum.GetValues<NaceLevel>())
            {
                foreach (var code in classification.CodesAt(level))
                {
                    Add(hash, $"{code.Code}={classification.Label(code)}");
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddInput(IncrementalHash hash, string role, string? path, Func<string, string> identify)
    {
        Add(hash, role);
        if (path is null)
        {
            Add(hash, "(none)");
            return;
        }

        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal))
            {
                Add(hash, file);
                Add(hash, identify(Path.Combine(path, file)));
            }

            return;
        }

        Add(hash, File.Exists(path) ? identify(path) : "(missing)");
    }

    private static string FileHash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string FileStamp(string path)
    {
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(path)} {info.Length} {info.LastWriteTimeUtc.Ticks}");
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
