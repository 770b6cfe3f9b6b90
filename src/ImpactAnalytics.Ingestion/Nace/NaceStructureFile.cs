using System.Globalization;
using System.Text.RegularExpressions;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Tables;

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
        var table = ReadTable(path, Header);
        var codes = table.Columns.Take(4).Select(c => c.Text).ToArray();
        var labels = table.Columns[4].Text;
        var rows = new List<NaceStructureRow>(table.RowCount);
        var section = '\0';
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.LineOf(row);
            var filled = Enumerable.Range(0, codes.Length).Where(i => codes[i][row].Length > 0).ToArray();
            if (filled.Length != 1)
            {
                throw Invalid(path, line, $"expected exactly one of Section, Division, Group, Class filled; found {filled.Length}");
            }

            var level = (NaceLevel)(filled[0] + 1);
            var code = codes[filled[0]][row];
            if (level == NaceLevel.Section)
            {
                section = code.Length == 1 ? char.ToUpperInvariant(code[0]) : throw Invalid(path, line, $"expected a section letter; found '{code}'");
            }
            else if (section == '\0')
            {
                throw Invalid(path, line, $"code '{code}' comes before any section row");
            }

            rows.Add(new NaceStructureRow(line, level, code, Normalise(labels[row]), section));
        }

        return rows;
    }

    /// <summary>
    /// A shipped classification file read by the shared table reader, its header starting with
    /// <paramref name="header"/> (case ignored). Cells are trimmed.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The file is missing or unreadable, a row is not well-formed CSV (unclosed quote, wrong field count), or the
    /// header differs; the message names the file and line.
    /// </exception>
    internal static TidyTable ReadTable(string path, IReadOnlyList<string> header)
    {
        var result = TidyTable.Read(path);
        if (result.FirstError is { } error)
        {
            throw Invalid(path, error.Line, error.Message);
        }

        var table = result.Table ?? throw Invalid(path, 0, "the file holds no rows");
        if (!table.ColumnNames.Take(header.Count).SequenceEqual(header, StringComparer.OrdinalIgnoreCase))
        {
            throw Invalid(path, 1, $"expected the header {string.Join(",", header)}");
        }

        return table;
    }

    internal static InvalidDataException Invalid(string path, long line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: {message}"));

    // One label holds a line break and a double space (Rev. 2 section T); labels are single-line text.
    internal static string Normalise(string label) => WhiteSpace().Replace(label, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
