using System.Globalization;
using System.Text;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// Writes a <see cref="CsvTable"/> as UTF-8 without a byte-order mark, comma-separated, one header row, LF line ends,
/// invariant culture, RFC 4180 quoting. The same table gives the same bytes.
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Write(CsvTable table, Stream output)
    {
        var bytes = _utf8.GetBytes(ToText(table));
        output.Write(bytes, 0, bytes.Length);
    }

    public static void WriteFile(CsvTable table, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, _utf8.GetBytes(ToText(table)));
    }

    /// <summary>The file's text.</summary>
    public static string ToText(CsvTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(c => Quote(c.Name))).Append('\n');
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Count != table.Columns.Count)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"CSV row {r + 1} has {row.Count} fields; the header has {table.Columns.Count}."),
                    nameof(table));
            }

            for (var c = 0; c < row.Count; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                text.Append(Quote(Format(row[c], table.Columns[c])));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    internal static string Format(CsvValue value, CsvColumn column) => value.Kind switch
    {
        CsvValueKind.Empty => string.Empty,
        CsvValueKind.Text => value.Text ?? string.Empty,
        CsvValueKind.Whole => value.Whole.ToString(CultureInfo.InvariantCulture),
        CsvValueKind.Boolean => value.Whole != 0 ? "true" : "false",
        _ => FormatReal(value.Real, column.Decimals),
    };

    private static string FormatReal(double value, int? decimals)
    {
        if (decimals is { } d)
        {
            var rounded = Math.Round(value, d, MidpointRounding.AwayFromZero);
            // -0.001 rounded to two decimals must not print "-0.00".
            return (rounded == 0.0 ? 0.0 : rounded).ToString("F" + d.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture);
        }

        return (value == 0.0 ? 0.0 : value).ToString("R", CultureInfo.InvariantCulture);
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled. Leading or trailing
    // spaces are quoted too, so that no reader trims them away.
    private static string Quote(string field)
    {
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needsQuotes ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
