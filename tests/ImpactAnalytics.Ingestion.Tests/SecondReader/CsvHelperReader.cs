using System.Globalization;
using CsvHelper;

namespace ImpactAnalytics.Ingestion.Tests.SecondReader;

/// <summary>
/// The same file read by CsvHelper (RFC 4180 mode, invariant culture, the separator given, line numbers tracked):
/// an independent second reader of what our tokenizer reads.
/// </summary>
internal static class CsvHelperReader
{
    public static CsvTable Read(string path, char separator)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            FormatProvider = CultureInfo.InvariantCulture,
            TrackLineNumbers = true,
        };
        using var reader = CsvReader.FromFile(path, options);
        var header = reader.Headers.ToArray();
        var rows = new List<CsvTableRow>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add(new CsvTableRow(reader.LineNumber, fields));
        }

        return new CsvTable(header, rows);
    }
}
