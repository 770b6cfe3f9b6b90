using ImpactAnalytics.Ingestion.Studies;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>
/// The SHA-256 of every input of a study, for the run manifest, computed on a background task from the moment it is
/// started, so that hashing a large input overlaps the run instead of following it. A file whose hash the panel cache
/// key already computed is not read again. The list is in the manifest's order: study, accounts, firm-year table,
/// register, memberships, external benchmarks, then the NACE files in ordinal order.
/// </summary>
public sealed class InputHashes
{
    private readonly Task<IReadOnlyList<(string Role, string Path, string Sha256)>> _hashes;

    private InputHashes(Task<IReadOnlyList<(string Role, string Path, string Sha256)>> hashes) => _hashes = hashes;

    /// <summary>
    /// Starts hashing the inputs of <paramref name="study"/>, taking each file's hash from <paramref name="known"/>
    /// (full path → SHA-256, lowercase hex) when it is there.
    /// </summary>
    public static InputHashes Start(Study study, IReadOnlyDictionary<string, string> known)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(known);
        return new InputHashes(Task.Run(() => (IReadOnlyList<(string, string, string)>)Roles(study)
            .Select(input => (input.Role, input.Path, FileHashes.Sha256(input.Path, known)))
            .ToArray()));
    }

    /// <summary>The hashes, waiting for them if need be; a file that could not be read throws its own exception.</summary>
    public IReadOnlyList<(string Role, string Path, string Sha256)> Result() => _hashes.GetAwaiter().GetResult();

    private static IEnumerable<(string Role, string Path)> Roles(Study study)
    {
        var inputs = study.Inputs;
        yield return ("study", study.SourcePath);
        if (inputs.Accounts is { } accounts)
        {
            yield return ("accounts", accounts);
        }

        if (inputs.FirmYears is { } firmYears)
        {
            yield return ("firm_years", firmYears);
        }

        yield return ("register", inputs.Register);
        yield return ("memberships", inputs.Memberships);
        foreach (var external in inputs.ExternalBenchmarks)
        {
            yield return ("external_benchmark", external);
        }

        foreach (var nace in Directory.EnumerateFiles(inputs.NaceFolder, "*.csv").Order(StringComparer.Ordinal))
        {
            yield return ("nace", nace);
        }
    }
}
