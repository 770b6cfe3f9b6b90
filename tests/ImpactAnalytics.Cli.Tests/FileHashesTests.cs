using System.Security.Cryptography;
using ImpactAnalytics.Cli.Infrastructure;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>The manifest's file hashes: read from the file, or taken from hashes already computed.</summary>
public sealed class FileHashesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-hashes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_file_is_hashed_from_its_bytes_unless_its_hash_is_known()
    {
        var file = Path.Combine(_dir, "a.csv");
        File.WriteAllText(file, "x,y\n1,2\n");
        var known = new Dictionary<string, string>(StringComparer.Ordinal) { [Path.GetFullPath(file)] = new string('a', 64) };

        var read = FileHashes.Sha256(file);
        var taken = FileHashes.Sha256(file, known);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), read);
        Assert.Equal(new string('a', 64), taken);
    }

    [Fact]
    public void A_folder_hash_from_known_file_hashes_equals_the_one_read_from_the_files()
    {
        var folder = Path.Combine(_dir, "filings");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "b.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "sub", "a.json"), "[1]");
        var known = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(Path.GetFullPath, FileHashes.Sha256, StringComparer.Ordinal);
        var wrong = new Dictionary<string, string>(known, StringComparer.Ordinal) { [Path.GetFullPath(Path.Combine(folder, "b.json"))] = new string('0', 64) };

        var fromKnown = FileHashes.Sha256(folder, known);
        var fromWrong = FileHashes.Sha256(folder, wrong);

        Assert.Equal(FileHashes.Sha256(folder), fromKnown);
        Assert.NotEqual(fromKnown, fromWrong);
    }
}
