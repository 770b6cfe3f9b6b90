using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Nace;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// The front door of external sector benchmarks (study-file key <c>inputs.external_benchmarks</c>): picks the reader
/// by content. <c>.json</c> → JSON-stat 2.0; a CSV with an OBS_VALUE column → SDMX-CSV; any other CSV → the simple
/// layout (nace, year, value_added, persons_employed or fte, n_firms).
/// </summary>
public static class ExternalBenchmarks
{
    /// <summary>Reads one file; <paramref name="rev2"/>, when given, also flags codes the classification lacks.</summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null)
    {
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonStatReader.Read(path, rev2);
        }

        var rows = new BenchmarkRows(path, rev2);
        if (TryReadCsv(path, rows) is not { } records)
        {
            return rows.Result();
        }

        return new CsvHeader(records[0]).Contains("OBS_VALUE")
            ? SdmxCsvReader.Read(records, rows)
            : SimpleBenchmarkCsvReader.Read(records, rows);
    }

    /// <summary>The CSV records (header first), or <c>null</c> with an error issue when there is nothing to read.</summary>
    internal static IReadOnlyList<CsvRecord>? TryReadCsv(string path, BenchmarkRows rows)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvRecordReader.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            rows.Issue(0, string.Empty, ExternalBenchmarkIssueCodes.FileInvalid, $"expected a readable CSV file; {e.Message}", Severity.Error);
            return null;
        }

        if (records.Count == 0)
        {
            rows.Issue(0, string.Empty, ExternalBenchmarkIssueCodes.FileInvalid, "expected a header row; found an empty file", Severity.Error);
            return null;
        }

        if (records[^1].UnterminatedQuote)
        {
            rows.Issue(records[^1].Line, string.Empty, ExternalBenchmarkIssueCodes.FileInvalid, "a quoted field is never closed; the rest of the file is one field", Severity.Error);
            return records.Take(records.Count - 1).ToArray() is { Length: > 0 } complete ? complete : null;
        }

        return records;
    }
}
