using ImpactAnalytics.Ingestion.Csv;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tests.SecondReader;

/// <summary>
/// A file read by our own stack as every input reader reads it (<see cref="CsvSource"/>: byte probe, BOM, sniffed
/// separator, the byte tokenizer, decoding): the header and every record's fields as they are, shape not checked.
/// </summary>
internal static class OurReader
{
    public static (CsvTable Table, CsvDialect Dialect) Read(string path)
    {
        var log = new IngestLog();
        using var source = CsvSource.Open(path, Path.GetFileName(path), log, log.Tally(Path.GetFileName(path)));
        Assert.True(source is not null, string.Join("; ", log.Issues.Select(i => i.Message)));
        var rows = new List<CsvTableRow>();
        while (source.Next())
        {
            rows.Add(new CsvTableRow(source.Line, source.Fields()));
        }

        return (new CsvTable(source.Header, rows), source.Dialect);
    }
}
