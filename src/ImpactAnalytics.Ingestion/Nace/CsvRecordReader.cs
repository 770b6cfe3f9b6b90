using System.Text;

namespace ImpactAnalytics.Ingestion.Nace;

/// <summary>
/// A small RFC 4180 reader that keeps physical line numbers: quoted fields may hold the delimiter, "" and line
/// breaks (CRLF, LF or CR); blank lines are skipped. Lenient where files are sloppy: a quote inside an unquoted field,
/// or text after a closing quote, is kept as written.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long start = 1;
        var inQuotes = false;
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (fields.Count > 0 || field.Length > 0 || quoted)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(start, [.. fields]);
                }

                fields.Clear();
                field.Clear();
                quoted = false;
                line++;
                start = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (fields.Count > 0 || field.Length > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, [.. fields], inQuotes);
        }
    }

    /// <summary>Reads a UTF-8 file (a byte-order mark is dropped) to the end.</summary>
    public static IReadOnlyList<CsvRecord> ReadFile(string path, char delimiter = ',')
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, delimiter).ToArray();
    }
}
