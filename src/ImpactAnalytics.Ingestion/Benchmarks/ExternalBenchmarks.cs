using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// The front door of external sector benchmarks (study-file key <c>inputs.external_benchmarks</c>): picks the reader
/// by content. <c>.json</c> → JSON-stat 2.0; a table with an OBS_VALUE column → SDMX-CSV; any other table → the
/// simple layout (nace, year, value_added, persons_employed or fte, n_firms). Tables are read by the shared
/// <see cref="Tables.TidyTable"/> reader: CSV with a sniffed separator, UTF-8 or Windows-1252, plain or gzip, or XLSX.
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

        return BenchmarkTable.Read(path, rev2, (table, rows) =>
        {
            if (table.Contains("OBS_VALUE"))
            {
                SdmxCsvReader.ReadRows(table, rows);
            }
            else
            {
                SimpleBenchmarkCsvReader.ReadRows(table, rows);
            }
        });
    }
}
