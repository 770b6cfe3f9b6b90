using System.Globalization;
using System.Text;

namespace ImpactAnalytics.Reporting.Tables;

/// <summary>
/// Writes a <see cref="CsvTable"/> as UTF-8 without a byte-order mark, comma-separated, one header row, LF line ends,
/// invariant culture, RFC 4180 quoting. The same table gives the same bytes.
/// </summary>
public static class CsvTableWriter
{
    public static void Write(CsvTable table, Stream output)
    {
        Validate(table);
        using var writer = new CsvStreamWriter(output);
        WriteRows(table, writer);
    }

    public static void WriteFile(CsvTable table, string path)
    {
        Validate(table);
        using var file = CreateFile(path);
        using var writer = new CsvStreamWriter(file);
        WriteRows(table, writer);
    }

    /// <summary>The file's text.</summary>
    public static string ToText(CsvTable table)
    {
        using var memory = new MemoryStream();
        Write(table, memory);
        return Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }

    /// <summary>Creates (or replaces) the file and its folder; the caller buffers, so the stream does not.</summary>
    internal static FileStream CreateFile(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    private static void WriteRows(CsvTable table, CsvStreamWriter writer)
    {
        writer.Header(table.Columns);
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                writer.Value(row[c], table.Columns[c]);
            }

            writer.EndRow();
        }
    }

    // Checked before the first byte is written, so that a bad table leaves no half-written file.
    private static void Validate(CsvTable table)
    {
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
        }
    }
}
