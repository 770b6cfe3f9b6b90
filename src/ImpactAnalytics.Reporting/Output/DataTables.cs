using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The CSV data tables of a run (ARCHITECTURE §5), in the evaluation's stable row order. Rounding: euros (VA, LP and
/// every benchmark statistic) and FTE to 2 decimals; shares, premiums, log ratios and percentiles to 6. A suppressed
/// cell has empty values, <c>suppressed=true</c> and its reason code.
/// </summary>
internal static class DataTables
{
    public const int Euros = 2;
    public const int Ratios = 6;

    public static CsvTable Benchmarks(IReadOnlyList<BenchmarkCell> cells) => new(
        [
            new("nace_level"), new("nace_code"), new("year"), new("n_firms"),
            new("mean_lp", Euros), new("median_lp", Euros), new("p10_lp", Euros), new("p25_lp", Euros),
            new("p75_lp", Euros), new("p90_lp", Euros), new("ratio_lp", Euros),
            new("suppressed"), new("suppression_reason"),
        ],
        cells.Select(c => (IReadOnlyList<CsvValue>)
        [
            LevelName(c.NaceLevel), c.NaceCode.Code, c.Year, c.NFirms,
            c.MeanLp, c.MedianLp, c.P10Lp, c.P25Lp, c.P75Lp, c.P90Lp, c.RatioLp,
            c.Suppressed, c.SuppressionReason,
        ]).ToArray());

    /// <summary>The contract's columns, then four more the evaluation computes: va_share, fte_share,
    /// n_log_ratio_excluded, n_without_benchmark.</summary>
    public static CsvTable ClusterSummary(IReadOnlyList<ClusterYearSummary> rows) => new(
        [
            new("cluster"), new("year"), new("n_members"), new("n_with_lp"),
            new("va_total", Euros), new("fte_total", Euros), new("cluster_lp", Euros), new("expected_lp", Euros),
            new("premium_adjusted", Ratios), new("median_delta_rel", Ratios), new("share_above_median", Ratios),
            new("mean_log_ratio", Ratios), new("ci_low", Ratios), new("ci_high", Ratios),
            new("suppressed"), new("suppression_reason"),
            new("va_share", Ratios), new("fte_share", Ratios), new("n_log_ratio_excluded"), new("n_without_benchmark"),
        ],
        rows.Select(s => (IReadOnlyList<CsvValue>)
        [
            s.Cluster, s.Year, s.NMembers, s.NWithLp,
            s.VaTotal, s.FteTotal, s.ClusterLp, s.ExpectedLp,
            s.PremiumAdjusted, s.MedianDeltaRel, s.ShareAboveMedian,
            s.MeanLogRatio, s.CiLow, s.CiHigh,
            s.Suppressed, s.SuppressionReason,
            s.VaShare, s.FteShare,
            // The two counts are withheld with the rest of a suppressed cell: they tell about firms without LP.
            s.Suppressed ? CsvValue.Empty : s.NLogRatioExcluded,
            s.Suppressed ? CsvValue.Empty : s.NWithoutBenchmark,
        ]).ToArray());

    public static CsvTable Flows(IReadOnlyList<MembershipFlow> rows) => new(
        [
            new("cluster"), new("year"), new("status"), new("n_firms"),
            new("va_total", Euros), new("fte_total", Euros), new("suppressed"), new("suppression_reason"),
        ],
        rows.Select(f => (IReadOnlyList<CsvValue>)
        [
            f.Cluster, f.Year, f.StatusText, f.NFirms, f.VaTotal, f.FteTotal, f.Suppressed, f.SuppressionReason,
        ]).ToArray());

    /// <summary>The columns of <c>confidential/member_deltas.csv</c>.</summary>
    public static IReadOnlyList<CsvColumn> MemberDeltaColumns { get; } =
    [
        new("enterprise_number"), new("cluster"), new("year"), new("nace_code"), new("benchmark_level"),
        new("lp", Euros), new("benchmark_lp", Euros), new("delta_abs", Euros),
        new("delta_rel", Ratios), new("log_ratio", Ratios), new("percentile", Ratios),
    ];

    /// <summary>
    /// Firm-level and confidential: written only under <c>confidential/</c>. One row per member firm-year, streamed
    /// (the table can have millions of rows), in the bytes <see cref="CsvTableWriter"/> writes for the same values.
    /// </summary>
    public static void WriteMemberDeltas(IReadOnlyList<MemberDelta> rows, string path)
    {
        using var file = CsvTableWriter.CreateFile(path);
        using var writer = new CsvStreamWriter(file);
        writer.Header(MemberDeltaColumns);
        foreach (var d in rows)
        {
            writer.Whole(d.EnterpriseNumber.Value, "D10");
            writer.Text(d.Cluster);
            writer.Whole(d.Year);
            writer.Text(d.NaceCode.Code);
            if (d.BenchmarkLevel is { } level)
            {
                writer.Text(LevelName(level));
            }
            else
            {
                writer.Empty();
            }

            writer.Real(d.Lp, Euros);
            writer.Real(d.BenchmarkLp, Euros);
            writer.Real(d.DeltaAbs, Euros);
            writer.Real(d.DeltaRel, Ratios);
            writer.Real(d.LogRatio, Ratios);
            writer.Real(d.Percentile, Ratios);
            writer.EndRow();
        }
    }

    /// <summary>The level as the study file writes it: section, division, group, class, subclass.</summary>
    public static string LevelName(NaceLevel level) => level switch
    {
        NaceLevel.Section => "section",
        NaceLevel.Division => "division",
        NaceLevel.Group => "group",
        NaceLevel.Class => "class",
        _ => "subclass",
    };
}
