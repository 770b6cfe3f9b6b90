using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// Reads Eurostat SDMX-CSV (1.0 and 2.0): columns DATAFLOW or STRUCTURE_ID, freq, a NACE column (<c>nace_r2</c>),
/// an indicator column (<c>indic_sb</c>, <c>indic_sbs</c>, <c>na_item</c>), optional <c>unit</c>, <c>geo</c>,
/// TIME_PERIOD, OBS_VALUE, optional OBS_FLAG. Cells written with labels (<c>BE:Belgium</c>) keep the code.
/// </summary>
public static class SdmxCsvReader
{
    /// <summary>Reads a file; <paramref name="rev2"/>, when given, also rejects codes the classification lacks.</summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null) =>
        BenchmarkTable.Read(path, rev2, ReadRows);

    internal static void ReadRows(BenchmarkTable table, BenchmarkRows rows)
    {
        var nace = table.IndexStartingWith("nace");
        var indicator = table.Index("indic_sb", "indic_sbs", "na_item", "indic_bd");
        var geo = table.Index("geo");
        var time = table.Index("TIME_PERIOD");
        var value = table.Index("OBS_VALUE");
        if (!rows.RequireColumns("SDMX-CSV columns nace_r2, indic_sb, geo, TIME_PERIOD, OBS_VALUE",
            ("nace_r2", nace), ("indic_sb", indicator), ("geo", geo), ("TIME_PERIOD", time), ("OBS_VALUE", value)))
        {
            return;
        }

        var flag = table.Index("OBS_FLAG");
        var unit = table.Index("unit");
        var dataflow = table.Index("DATAFLOW", "STRUCTURE_ID");
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.Line(row);
            var flags = table.Cell(row, flag);
            var year = rows.Year(table.Cell(row, time), line, table.Name(time));
            var (ok, number) = rows.Value(table.Cell(row, value), flags, line, table.Name(value));
            if (year is null || !ok)
            {
                continue;
            }

            var naceText = Code(table.Cell(row, nace));
            rows.Accepted.Add(new ExternalBenchmark(
                dataflow < 0 ? Path.GetFileName(rows.File) : Dataflow(table.Cell(row, dataflow)),
                naceText,
                rows.Nace(naceText, line, table.Name(nace)),
                Code(table.Cell(row, geo)),
                year.Value,
                Code(table.Cell(row, indicator)),
                number,
                Code(table.Cell(row, unit)),
                flags));
        }
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
