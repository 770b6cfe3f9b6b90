using System.Globalization;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// Every CSV the sample run writes, read back by CsvHelper (<see cref="StrictCsv"/>) as an independent RFC 4180
/// reader: the documented header, one field per header column in every row, numbers that parse in the invariant
/// culture and are finite, and the same fields and lines when our own reader (<see cref="TidyTable"/>) reads the file.
/// </summary>
public sealed partial class RunCommandTests
{
    // Headers as documented: ARCHITECTURE §5 (the contract columns and data_quality.csv) and README (the columns
    // beyond the contract, always after it, and the counterfactual tables' columns).
    private static readonly Dictionary<string, string> DocumentedHeaders = new(StringComparer.Ordinal)
    {
        ["tables/benchmarks.csv"] = "nace_level,nace_code,year,n_firms,mean_lp,median_lp,p10_lp,p25_lp,p75_lp,p90_lp,ratio_lp,suppressed,suppression_reason",
        ["tables/cluster_summary.csv"] = "cluster,year,n_members,n_with_lp,va_total,fte_total,cluster_lp,expected_lp,premium_adjusted,median_delta_rel,share_above_median,mean_log_ratio,ci_low,ci_high,suppressed,suppression_reason,va_share,fte_share,n_log_ratio_excluded,n_without_benchmark",
        ["tables/membership_flows.csv"] = "cluster,year,status,n_firms,va_total,fte_total,suppressed,suppression_reason",
        ["tables/impact_did.csv"] = "outcome,estimand,group,time,event_time,estimate,se,ci_low,ci_high,n_treated,n_control",
        ["tables/impact_psm.csv"] = "outcome,method,estimate,se,ci_low,ci_high,n_treated_matched,n_treated_unmatched,n_controls_used",
        ["tables/balance.csv"] = "covariate,smd_before,smd_after,variance_ratio_before,variance_ratio_after,ecdf_mean_before,ecdf_mean_after,ecdf_max_before,ecdf_max_after",
        ["confidential/member_deltas.csv"] = "enterprise_number,cluster,year,nace_code,benchmark_level,lp,benchmark_lp,delta_abs,delta_rel,log_ratio,percentile",
        ["data_quality.csv"] = "file,line,column,code,message,severity",
    };

    // Columns holding text; every other column holds numbers (or nothing, for a missing or suppressed value).
    // Enterprise numbers and NACE codes look numeric but are identifiers (leading zeros, dotted codes).
    private static readonly HashSet<string> TextColumns =
    [
        "nace_level", "nace_code", "suppressed", "suppression_reason", "cluster", "status", "outcome", "estimand",
        "method", "covariate", "enterprise_number", "benchmark_level", "file", "column", "code", "message", "severity",
    ];

    public static TheoryData<string> WrittenCsvFiles => [.. DocumentedHeaders.Keys];

    [Fact]
    public void The_run_writes_exactly_the_documented_csv_files()
    {
        var written = new[] { "tables", "confidential" }
            .SelectMany(folder => Directory.GetFiles(run.PathOf(folder), "*.csv"))
            .Append(run.PathOf("data_quality.csv"))
            .Where(File.Exists)
            .Select(path => Path.GetRelativePath(run.Output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(DocumentedHeaders.Keys.Order(StringComparer.Ordinal), written);
    }

    [Theory]
    [MemberData(nameof(WrittenCsvFiles))]
    public void Csvhelper_reads_the_documented_header_and_a_full_row_every_time(string file)
    {
        var csv = StrictCsv.Read(run.PathOf(file));

        Assert.Equal(DocumentedHeaders[file], string.Join(',', csv.Header));
        Assert.All(csv.Rows, r => Assert.True(r.Fields.Length == csv.Header.Count, $"{file} line {r.Line}: {r.Fields.Length} fields, header {csv.Header.Count}"));
    }

    [Theory]
    [MemberData(nameof(WrittenCsvFiles))]
    public void Every_numeric_column_parses_in_the_invariant_culture_and_is_finite(string file)
    {
        var csv = StrictCsv.Read(run.PathOf(file));
        var numeric = Enumerable.Range(0, csv.Header.Count).Where(c => !TextColumns.Contains(csv.Header[c])).ToArray();

        Assert.NotEmpty(numeric);
        foreach (var (line, fields) in csv.Rows)
        {
            foreach (var c in numeric.Where(c => fields[c].Length > 0))
            {
                var parsed = double.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
                Assert.True(parsed && double.IsFinite(value), $"{file} line {line}, {csv.Header[c]}: '{fields[c]}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(WrittenCsvFiles))]
    public void Our_reader_reads_the_same_fields_on_the_same_lines_as_csvhelper(string file) =>
        CsvRoundTrip.AssertOurReaderAgrees(run.PathOf(file), file);
}
