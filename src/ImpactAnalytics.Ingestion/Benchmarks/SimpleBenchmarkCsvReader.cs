using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Nace;

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
    public static ExternalBenchmarkResult Read(string path, NaceClassification? rev2 = null)
    {
        var rows = new BenchmarkRows(path, rev2);
        return ExternalBenchmarks.TryReadCsv(path, rows) is { } records ? Read(records, rows) : rows.Result();
    }

    internal static ExternalBenchmarkResult Read(IReadOnlyList<CsvRecord> records, BenchmarkRows rows)
    {
        var header = new CsvHeader(records[0]);
        var nace = header.Index("nace");
        var year = header.Index("year");
        var workforce = header.Index("persons_employed", "fte");
        var missing = new[] { ("nace", nace), ("year", year), ("value_added", header.Index("value_added")), ("persons_employed", workforce) }
            .Where(c => c.Item2 < 0)
            .Select(c => c.Item1)
            .ToArray();
        if (missing.Length > 0)
        {
            rows.Issue(1, missing[0], ExternalBenchmarkIssueCodes.ColumnMissing,
                $"expected columns nace, year, value_added, persons_employed or fte (n_firms, geo, unit optional); missing {string.Join(", ", missing)}", Severity.Error);
            return rows.Result();
        }

        var geo = header.Index("geo");
        var unit = header.Index("unit");
        var indicators = IndicatorColumns
            .Select(name => (Name: name, Index: header.Index(name)))
            .Where(c => c.Index >= 0)
            .ToArray();
        var source = Path.GetFileName(rows.File);
        foreach (var record in records.Skip(1))
        {
            if (rows.Year(record[year], record.Line, header.Name(year)) is not { } y)
            {
                continue;
            }

            var code = rows.Nace(record[nace].Trim(), record.Line, header.Name(nace));
            foreach (var (name, index) in indicators)
            {
                var (ok, value) = rows.Value(record[index], string.Empty, record.Line, header.Name(index));
                if (ok)
                {
                    var u = name switch
                    {
                        "value_added" => unit >= 0 && record[unit].Trim().Length > 0 ? record[unit].Trim() : "EUR",
                        "persons_employed" => "persons",
                        "fte" => "FTE",
                        _ => "firms",
                    };
                    rows.Accepted.Add(new ExternalBenchmark(
                        source, record[nace].Trim(), code, geo < 0 ? string.Empty : record[geo].Trim(), y, name, value, u, string.Empty));
                }
            }
        }

        return rows.Result();
    }
}
