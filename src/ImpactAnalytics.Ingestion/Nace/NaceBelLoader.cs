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
        var records = CsvRecordReader.ReadFile(codesPath);
        ExpectHeader(codesPath, records, "code", "description_fr", "code_length");
        foreach (var record in records.Skip(1))
        {
            var text = record[0].Trim();
            if (!int.TryParse(record[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length != text.Length)
            {
                throw NaceStructureFile.Invalid(codesPath, record.Line, $"code_length '{record[2]}' does not match code '{text}'");
            }

            // Seven-digit codes are national refinements used by the VAT administration, not by registers.
            if (length != SubclassLength)
            {
                continue;
            }

            var code = Subclass(codesPath, record.Line, text);
            if (!rev2.ContainsKey(code.Parent!.Value.Code))
            {
                throw NaceStructureFile.Invalid(codesPath, record.Line, $"subclass {text} has no class {code.Parent.Value.Code} in NACE Rev. 2");
            }

            // Seven subclasses appear twice in the source (946 rows, 939 codes) with a variant, Dutch or empty label:
            // the first non-empty label wins.
            var label = NaceStructureFile.Normalise(record[1]);
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
        var records = CsvRecordReader.ReadFile(path);
        ExpectHeader(path, records, "nacebel2008", "nace_rev2");
        foreach (var record in records.Skip(1))
        {
            var subclass = Subclass(path, record.Line, record[0].Trim());
            var target = NaceCode.Parse(record[1], NaceVersion.Rev2);
            var expected = subclass.ToNaceRev2Class();
            if (!bel.ContainsKey(subclass.Code) || !target.Success || target.Value != expected || !rev2.ContainsKey(expected.Code))
            {
                throw NaceStructureFile.Invalid(path, record.Line,
                    $"pair {record[0]} → {record[1]} contradicts the codes file or the first-four-digits rule (expected {expected.Code})");
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

    private static void ExpectHeader(string path, IReadOnlyList<CsvRecord> records, params string[] header)
    {
        if (records.Count == 0 || !records[0].Fields.Take(header.Length).SequenceEqual(header, StringComparer.OrdinalIgnoreCase))
        {
            throw NaceStructureFile.Invalid(path, 1, $"expected the header {string.Join(",", header)}");
        }
    }
}
