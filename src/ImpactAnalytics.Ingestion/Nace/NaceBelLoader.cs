using System.Globalization;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>Builds NACE-BEL 2008 from the Rev. 2 structure and the NACE-BEL code and correspondence files.</summary>
internal static class NaceBelLoader
{
    private const int SubclassLength = 5;

    public static Dictionary<string, string> Load(string folder, IReadOnlyDictionary<string, string> rev2)
    {
        // Sections to classes are those of Rev. 2: re-parsing in NACE-BEL gives the same normalised text.
        var labels = new Dictionary<string, string>(rev2, StringComparer.Ordinal);
        var codesPath = Path.Combine(folder, NaceClassifications.NaceBelCodesFile);
        var table = NaceStructureFile.ReadTable(codesPath, ["code", "description_fr", "code_length"]);
        var (codes, descriptions, lengths) = (table.Columns[0].Text, table.Columns[1].Text, table.Columns[2].Text);
        for (var row = 0; row < table.RowCount; row++)
        {
            var (line, text) = (table.LineOf(row), codes[row]);
            if (!int.TryParse(lengths[row], NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length != text.Length)
            {
                throw NaceStructureFile.Invalid(codesPath, line, $"code_length '{lengths[row]}' does not match code '{text}'");
            }

            // Seven-digit codes are national refinements used by the VAT administration, not by registers.
            if (length != SubclassLength)
            {
                continue;
            }

            var code = Subclass(codesPath, line, text);
            if (!rev2.ContainsKey(code.Parent!.Value.Code))
            {
                throw NaceStructureFile.Invalid(codesPath, line, $"subclass {text} has no class {code.Parent.Value.Code} in NACE Rev. 2");
            }

            // Seven subclasses appear twice in the source (946 rows, 939 codes) with a variant, Dutch or empty label:
            // the first non-empty label wins.
            var label = NaceStructureFile.Normalise(descriptions[row]);
            if (!labels.TryGetValue(code.Code, out var existing) || existing.Length == 0)
            {
                labels[code.Code] = label;
            }
        }

        CheckCorrespondence(Path.Combine(folder, NaceClassifications.NaceBelToRev2File), labels, rev2);
        return labels;
    }

    private static void CheckCorrespondence(string path, Dictionary<string, string> bel, IReadOnlyDictionary<string, string> rev2)
    {
        var table = NaceStructureFile.ReadTable(path, ["nacebel2008", "nace_rev2"]);
        var (subclasses, targets) = (table.Columns[0].Text, table.Columns[1].Text);
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.LineOf(row);
            var subclass = Subclass(path, line, subclasses[row]);
            var target = NaceCode.Parse(targets[row], NaceVersion.Rev2);
            var expected = subclass.ToNaceRev2Class();
            if (!bel.ContainsKey(subclass.Code) || !target.Success || target.Value != expected || !rev2.ContainsKey(expected.Code))
            {
                throw NaceStructureFile.Invalid(path, line,
                    $"pair {subclasses[row]} → {targets[row]} contradicts the codes file or the first-four-digits rule (expected {expected.Code})");
            }
        }
    }

    private static NaceCode Subclass(string path, long line, string text)
    {
        var parsed = NaceCode.Parse(text, NaceVersion.NaceBel2008);
        return parsed.Success && parsed.Value.Level == NaceLevel.Subclass
            ? parsed.Value
            : throw NaceStructureFile.Invalid(path, line, parsed.Error ?? $"'{text}' is not a five-digit subclass");
    }
}
