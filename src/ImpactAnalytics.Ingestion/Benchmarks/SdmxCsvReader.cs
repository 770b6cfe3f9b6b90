using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Nace;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// Reads Eurostat SDMX-CSV (1.0 and 2.0): columns DATAFLOW or STRUCTURE_ID, freq, a NACE column (<c>nace_r2</c>),
/// an indicator column (<c>indic_sb</c>, <c>indic_sbs</c>, <c>na_item</c>), optional <c>unit</c>, <c>geo</c>,
/// TIME_PERIOD, OBS_VALUE, optional OBS_FLAG. Cells written with labels (<c>BE:Belgium</c>) keep the code.
/// </summary>
public static class SdmxCsvReader
{
    /// <summary>Reads a file; <paramref name="rev2"/>, when given, also rejects codes the classification lacks.</summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null)
    {
        var rows = new BenchmarkRows(path, rev2);
        return ExternalBenchmarks.TryReadCsv(path, rows) is { } records ? Read(records, rows) : rows.Result();
    }

    internal static ExternalBenchmarkResult Read(IReadOnlyList<CsvRecord> records, BenchmarkRows rows)
    {
        var header = new CsvHeader(records[0]);
        var nace = header.IndexStartingWith("nace");
        var indicator = header.Index("indic_sb", "indic_sbs", "na_item", "indic_bd");
        var geo = header.Index("geo");
        var time = header.Index("TIME_PERIOD");
        var value = header.Index("OBS_VALUE");
        var missing = new[] { ("nace_r2", nace), ("indic_sb", indicator), ("geo", geo), ("TIME_PERIOD", time), ("OBS_VALUE", value) }
            .Where(c => c.Item2 < 0)
            .Select(c => c.Item1)
            .ToArray();
        if (missing.Length > 0)
        {
            rows.Issue(1, missing[0], ExternalBenchmarkIssueCodes.ColumnMissing,
                $"expected SDMX-CSV columns nace_r2, indic_sb, geo, TIME_PERIOD, OBS_VALUE; missing {string.Join(", ", missing)}", Severity.Error);
            return rows.Result();
        }

        var flag = header.Index("OBS_FLAG");
        var unit = header.Index("unit");
        var dataflow = header.Index("DATAFLOW", "STRUCTURE_ID");
        foreach (var record in records.Skip(1))
        {
            var flags = flag < 0 ? string.Empty : record[flag].Trim();
            var year = rows.Year(record[time], record.Line, header.Name(time));
            var (ok, number) = rows.Value(record[value], flags, record.Line, header.Name(value));
            if (year is null || !ok)
            {
                continue;
            }

            var naceText = Code(record[nace]);
            rows.Accepted.Add(new ExternalBenchmark(
                dataflow < 0 ? Path.GetFileName(rows.File) : Dataflow(record[dataflow]),
                naceText,
                rows.Nace(naceText, record.Line, header.Name(nace)),
                Code(record[geo]),
                year.Value,
                Code(record[indicator]),
                number,
                unit < 0 ? string.Empty : Code(record[unit]),
                flags));
        }

        return rows.Result();
    }

    // "BE:Belgium" (labels = both) → "BE".
    private static string Code(string cell)
    {
        var colon = cell.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? cell : cell[..colon]).Trim();
    }

    // "ESTAT:SBS_NA_1A_SE_R2(1.0)" → "ESTAT:SBS_NA_1A_SE_R2".
    private static string Dataflow(string cell)
    {
        var paren = cell.IndexOf('(', StringComparison.Ordinal);
        return (paren < 0 ? cell : cell[..paren]).Trim();
    }
}
