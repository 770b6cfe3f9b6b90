using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>
/// Reads the simple benchmark CSV: <c>nace, year, value_added</c>, one of <c>persons_employed</c> or <c>fte</c>,
/// optional <c>n_firms</c>, <c>geo</c> and <c>unit</c> (of value_added, default EUR). Each filled indicator cell
/// becomes one <see cref="ExternalBenchmark"/> whose source is the file name.
/// </summary>
public static class SimpleBenchmarkCsvReader
{
    private static readonly string[] IndicatorColumns = ["value_added", "persons_employed", "fte", "n_firms"];

    /// <summary>Reads a file; <paramref name="rev2"/>, when given, also rejects codes the classification lacks.</summary>
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null) =>
        BenchmarkTable.Read(path, rev2, ReadRows);

    internal static void ReadRows(BenchmarkTable table, BenchmarkRows rows)
    {
        var nace = table.Index("nace");
        var year = table.Index("year");
        if (!rows.RequireColumns("columns nace, year, value_added, persons_employed or fte (n_firms, geo, unit optional)",
            ("nace", nace), ("year", year), ("value_added", table.Index("value_added")), ("persons_employed", table.Index("persons_employed", "fte"))))
        {
            return;
        }

        var geo = table.Index("geo");
        var unit = table.Index("unit");
        var indicators = IndicatorColumns
            .Select(name => (Name: name, Index: table.Index(name)))
            .Where(c => c.Index >= 0)
            .ToArray();
        var source = Path.GetFileName(rows.File);
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.Line(row);
            if (rows.Year(table.Cell(row, year), line, table.Name(year)) is not { } y)
            {
                continue;
            }

            var naceText = table.Cell(row, nace);
            var code = rows.Nace(naceText, line, table.Name(nace));
            foreach (var (name, index) in indicators)
            {
                var (ok, value) = rows.Value(table.Cell(row, index), string.Empty, line, table.Name(index));
                if (ok)
                {
                    var u = name switch
                    {
                        "value_added" => table.Cell(row, unit) is { Length: > 0 } written ? written : "EUR",
                        "persons_employed" => "persons",
                        "fte" => "FTE",
                        _ => "firms",
                    };
                    rows.Accepted.Add(new ExternalBenchmark(source, naceText, code, table.Cell(row, geo), y, name, value, u, string.Empty));
                }
            }
        }
    }
}
