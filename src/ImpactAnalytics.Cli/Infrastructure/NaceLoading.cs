using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Nace;

namespace ImpactAnalytics.Cli.Infrastructure;

/// <summary>Loads the shipped NACE classifications, turning a broken or missing folder into one clear exit.</summary>
public static class NaceLoading
{
    /// <summary>The classifications of <paramref name="folder"/>, or a <see cref="CliException"/> (exit 1).</summary>
    public static IReadOnlyDictionary<NaceVersion, NaceClassification> Load(string folder)
    {
        try
        {
            return NaceClassifications.Load(folder);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"cannot read the NACE classifications in '{folder}': {e.Message}");
        }
    }
}
