using System.Text;

namespace ImpactAnalytics.Ingestion.Output;

/// <summary>Writes output CSV the way ARCHITECTURE §5 fixes it: UTF-8 without BOM, comma, LF, RFC 4180 quoting.</summary>
internal static class CsvText
{
    public static StreamWriter Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Quote(field));
        }

        writer.Write('\n');
    }

    public static string Quote(string field)
    {
        var needs = field.AsSpan().IndexOfAny(",\"\n\r") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needs ? string.Concat("\"", field.Replace("\"", "\"\"", StringComparison.Ordinal), "\"") : field;
    }
}
