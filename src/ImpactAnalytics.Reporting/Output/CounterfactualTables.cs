using ImpactAnalytics.Reporting.Counterfactual;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The counterfactual CSV tables: <c>impact_did.csv</c> (overall ATT per outcome, then by event time),
/// <c>impact_psm.csv</c> and <c>balance.csv</c>. Estimates in the outcome's unit (log points for ln_*), 6 decimals.
/// </summary>
internal static class CounterfactualTables
{
    private const int Digits = DataTables.Ratios;

    public static CsvTable Did(CounterfactualSection section) => new(
        [
            new("cluster"), new("outcome"), new("aggregation"), new("event_time"), new("estimate", Digits),
            new("std_error", Digits), new("ci_low", Digits), new("ci_high", Digits), new("n_treated"), new("n_control"),
        ],
        section.Clusters.SelectMany(c =>
            c.Did.Select(e => (IReadOnlyList<CsvValue>)
            [
                c.Cluster, e.Outcome, "overall", CsvValue.Empty, e.Estimate, e.StandardError, e.Low, e.High,
                e.Treated, e.Controls,
            ])
            .Concat(c.EventStudy.OrderBy(e => e.Outcome, StringComparer.Ordinal).ThenBy(e => e.EventTime)
                .Select(e => (IReadOnlyList<CsvValue>)
                [
                    c.Cluster, e.Outcome, "event_time", e.EventTime, e.Estimate, e.StandardError, e.Low, e.High,
                    CsvValue.Empty, CsvValue.Empty,
                ])))
        .ToArray());

    public static CsvTable Psm(CounterfactualSection section) => new(
        [
            new("cluster"), new("outcome"), new("estimate", Digits), new("std_error", Digits), new("ci_low", Digits),
            new("ci_high", Digits), new("n_treated"), new("n_control"),
        ],
        section.Clusters.SelectMany(c => c.Psm.Select(e => (IReadOnlyList<CsvValue>)
        [
            c.Cluster, e.Outcome, e.Estimate, e.StandardError, e.Low, e.High, e.Treated, e.Controls,
        ])).ToArray());

    public static CsvTable Balance(CounterfactualSection section) => new(
        [
            new("cluster"), new("covariate"), new("smd_before", Digits), new("smd_after", Digits),
            new("variance_ratio_before", Digits), new("variance_ratio_after", Digits),
        ],
        section.Clusters.SelectMany(c => c.Balance.Select(b => (IReadOnlyList<CsvValue>)
        [
            c.Cluster, b.Covariate, b.SmdBefore, b.SmdAfter, b.VarianceRatioBefore, b.VarianceRatioAfter,
        ])).ToArray());
}
