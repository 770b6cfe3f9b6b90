using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The counterfactual CSV tables in the result's order: <c>impact_did.csv</c>, <c>impact_psm.csv</c> and
/// <c>balance.csv</c>. Estimates in log points, SMDs and ratios, all to 6 decimals.
/// </summary>
internal static class CounterfactualTables
{
    private const int Digits = DataTables.Ratios;

    public static CsvTable Did(ClusterImpactResult impact) => new(
        [
            new("outcome"), new("estimand"), new("group"), new("time"), new("event_time"), new("estimate", Digits),
            new("se", Digits), new("ci_low", Digits), new("ci_high", Digits), new("n_treated"), new("n_control"),
        ],
        impact.Did.Select(r => (IReadOnlyList<CsvValue>)
        [
            r.Outcome, r.Estimand.Name(), CsvValue.Of((long?)r.Group), CsvValue.Of((long?)r.Time), CsvValue.Of((long?)r.EventTime), r.Estimate, r.Se,
            r.CiLow, r.CiHigh, r.NTreated, r.NControl,
        ]).ToArray());

    public static CsvTable Psm(ClusterImpactResult impact) => new(
        [
            new("outcome"), new("method"), new("estimate", Digits), new("se", Digits), new("ci_low", Digits),
            new("ci_high", Digits), new("n_treated_matched"), new("n_treated_unmatched"), new("n_controls_used"),
        ],
        impact.PsmEstimates.Select(r => (IReadOnlyList<CsvValue>)
        [
            r.Outcome, r.Method.Name(), r.Estimate, r.Se, r.CiLow, r.CiHigh, r.NTreatedMatched, r.NTreatedUnmatched,
            r.NControlsUsed,
        ]).ToArray());

    public static CsvTable Balance(ClusterImpactResult impact) => new(
        [
            new("covariate"), new("smd_before", Digits), new("smd_after", Digits), new("variance_ratio_before", Digits),
            new("variance_ratio_after", Digits), new("ecdf_mean_before", Digits), new("ecdf_mean_after", Digits),
            new("ecdf_max_before", Digits), new("ecdf_max_after", Digits),
        ],
        impact.Balance.Select(b => (IReadOnlyList<CsvValue>)
        [
            b.Covariate, b.SmdBefore, b.SmdAfter, b.VarianceRatioBefore, b.VarianceRatioAfter,
            b.EcdfMeanBefore, b.EcdfMeanAfter, b.EcdfMaxBefore, b.EcdfMaxAfter,
        ]).ToArray());
}
