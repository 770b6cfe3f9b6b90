using System.Security.Cryptography;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>SHA-256 of input files for the manifest, as lowercase hex.</summary>
public static class FileHashes
{
    /// <summary>The SHA-256 of a file's bytes (of every file, in ordinal path order, for a folder).</summary>
    public static string Sha256(string path)
    {
        if (Directory.Exists(path))
        {
            using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                all.AppendData(Convert.FromHexString(Sha256(file)));
            }

            return Convert.ToHexStringLower(all.GetHashAndReset());
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
