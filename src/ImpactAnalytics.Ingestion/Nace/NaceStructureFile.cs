using System.Text.RegularExpressions;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>
/// Reads <c>nace_rev2_structure.csv</c> / <c>nace_rev2_1_structure.csv</c>: columns Section, Division, Group, Class,
/// Activity (and ISIC, ignored); exactly one code column is filled per row, and rows run in hierarchy order.
/// </summary>
internal static partial class NaceStructureFile
{
    private static readonly string[] Header = ["Section", "Division", "Group", "Class", "Activity"];

    /// <exception cref="InvalidDataException">The file does not have that layout (names the file and line).</exception>
    public static IReadOnlyList<NaceStructureRow> Read(string path)
    {
        var records = CsvRecordReader.ReadFile(path);
        if (records.Count == 0 || !records[0].Fields.Take(Header.Length).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw Invalid(path, 1, $"expected the header {string.Join(",", Header)}");
        }

        var rows = new List<NaceStructureRow>(records.Count);
        var section = '\0';
        foreach (var record in records.Skip(1))
        {
            var filled = Enumerable.Range(0, 4).Where(i => record[i].Trim().Length > 0).ToArray();
            if (filled.Length != 1 || record.UnterminatedQuote)
            {
                throw Invalid(path, record.Line, $"expected exactly one of Section, Division, Group, Class filled; found {filled.Length}");
            }

            var level = (NaceLevel)(filled[0] + 1);
            var code = record[filled[0]].Trim();
            if (level == NaceLevel.Section)
            {
                section = code.Length == 1 ? char.ToUpperInvariant(code[0]) : throw Invalid(path, record.Line, $"expected a section letter; found '{code}'");
            }
            else if (section == '\0')
            {
                throw Invalid(path, record.Line, $"code '{code}' comes before any section row");
            }

            rows.Add(new NaceStructureRow(record.Line, level, code, Normalise(record[4]), section));
        }

        return rows;
    }

    internal static InvalidDataException Invalid(string path, long line, string message) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}: {message}"));

    // One label holds a line break and a double space (Rev. 2 section T); labels are single-line text.
    internal static string Normalise(string label) => WhiteSpace().Replace(label, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
