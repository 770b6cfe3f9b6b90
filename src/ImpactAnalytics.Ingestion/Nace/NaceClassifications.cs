using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>
/// Loads the activity classifications shipped in <c>data/nace/</c> (data/SOURCES.md): NACE Rev. 2, NACE Rev. 2.1
/// and NACE-BEL 2008. The files are part of the program, so a malformed file is an
/// <see cref="InvalidDataException"/> naming the file and line, not a data issue.
/// </summary>
public static class NaceClassifications
{
    /// <summary>NACE Rev. 2 structure (English labels).</summary>
    public const string Rev2File = "nace_rev2_structure.csv";

    /// <summary>NACE Rev. 2.1 structure (English labels).</summary>
    public const string Rev21File = "nace_rev2_1_structure.csv";

    /// <summary>NACE-BEL 2008 codes with French labels (five-digit subclasses and seven-digit national codes).</summary>
    public const string NaceBelCodesFile = "nacebel2008_codes_fr.csv";

    /// <summary>NACE-BEL 2008 subclass → NACE Rev. 2 class pairs.</summary>
    public const string NaceBelToRev2File = "nacebel2008_to_nace_rev2.csv";

    /// <summary>
    /// Loads one <see cref="NaceClassification"/> per <see cref="NaceVersion"/>. NACE-BEL 2008 holds the Rev. 2
    /// sections, divisions, groups and classes (with their English labels) plus the 946 five-digit subclasses (French
    /// labels); each subclass's class is checked to exist in Rev. 2, and every pair of the correspondence file to agree
    /// with the first-four-digits rule.
    /// </summary>
    /// <param name="folder">The folder holding the four files (the repository's <c>data/nace/</c>).</param>
    /// <exception cref="InvalidDataException">A file is malformed or the files contradict each other.</exception>
    public static IReadOnlyDictionary<NaceVersion, NaceClassification> Load(string folder)
    {
        var rev2Path = Path.Combine(folder, Rev2File);
        var rev2 = Structure(rev2Path, NaceVersion.Rev2);
        var rev21 = Structure(Path.Combine(folder, Rev21File), NaceVersion.Rev21);
        var bel = NaceBelLoader.Load(folder, rev2);
        return new Dictionary<NaceVersion, NaceClassification>
        {
            [NaceVersion.Rev2] = new(NaceVersion.Rev2, rev2),
            [NaceVersion.NaceBel2008] = new(NaceVersion.NaceBel2008, bel),
            [NaceVersion.Rev21] = new(NaceVersion.Rev21, rev21),
        };
    }

    /// <summary>Codes (normalised) and labels of a structure file, each code parsed in <paramref name="version"/>.</summary>
    internal static Dictionary<string, string> Structure(string path, NaceVersion version)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in NaceStructureFile.Read(path))
        {
            var parsed = NaceCode.Parse(row.Code, version);
            if (!parsed.Success)
            {
                throw NaceStructureFile.Invalid(path, row.Line, parsed.Error!);
            }

            var code = parsed.Value;
            if (code.Level != row.Level || code.Section != row.Section)
            {
                throw NaceStructureFile.Invalid(path, row.Line,
                    $"'{row.Code}' in the {row.Level} column under section {row.Section} reads as a {code.Level} of section {code.Section}");
            }

            if (!labels.TryAdd(code.Code, row.Label))
            {
                throw NaceStructureFile.Invalid(path, row.Line, $"code '{row.Code}' appears twice");
            }
        }

        return labels;
    }
}
