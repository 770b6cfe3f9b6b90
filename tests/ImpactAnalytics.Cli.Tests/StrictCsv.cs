using System.Globalization;
using CsvHelper;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// A CSV file as CsvHelper reads it as strict RFC 4180: comma separator, invariant culture, malformed quoting an
/// exception (not recovered), line numbers tracked. An independent reader of what our writers write.
/// </summary>
internal sealed record StrictCsv(IReadOnlyList<string> Header, IReadOnlyList<(long Line, string[] Fields)> Rows)
{
    public static StrictCsv Read(string path)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            FormatProvider = CultureInfo.InvariantCulture,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        };
        using var reader = CsvReader.FromFile(path, options);
        var header = reader.Headers.ToArray();
        var rows = new List<(long, string[])>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add((reader.LineNumber, fields));
        }

        return new StrictCsv(header, rows);
    }
}
