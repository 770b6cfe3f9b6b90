using System.Security.Cryptography;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>SHA-256 of input and output files for the manifest, as lowercase hex.</summary>
public static class FileHashes
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The SHA-256 of a file's bytes (of every file, in ordinal path order, for a folder).</summary>
    public static string Sha256(string path) => Sha256(path, None);

    /// <summary>
    /// <see cref="Sha256(string)"/>, taking the hash of a file from <paramref name="known"/> (full path → SHA-256,
    /// lowercase hex, e.g. what the panel cache key computed) instead of reading the file again.
    /// </summary>
    public static string Sha256(string path, IReadOnlyDictionary<string, string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (Directory.Exists(path))
        {
            using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                all.AppendData(Convert.FromHexString(Sha256(file, known)));
            }

            return Convert.ToHexStringLower(all.GetHashAndReset());
        }

        if (known.Count > 0 && known.TryGetValue(Path.GetFullPath(path), out var hash))
        {
            return hash;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
