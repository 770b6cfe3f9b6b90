using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>Opens a table by its extension: <c>.xlsx</c>/<c>.xlsm</c> as a workbook, anything else as delimited text.</summary>
internal static class TableSources
{
    public static TableSource? Open(string path, string name, IngestLog log, FileTally tally)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase)
            ? XlsxSource.Open(path, name, log, tally)
            : CsvSource.Open(path, name, log, tally);
    }
}
