using System.Globalization;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>The console summary of <c>impact psm</c>: settings, matched counts, propensity model, balance, effects.</summary>
internal static class PsmReport
{
    public static void Write(TextWriter output, TidyTable data, PsmInput input, PsmResult result)
    {
        var spec = input.Specification;
        var counts = result.Counts;
        output.WriteLine(Invariant($"propensity-score matching on {data.File}: {data.RowCount} rows, treatment {spec.Treatment}, outcome {spec.Outcome}"));
        output.WriteLine(Invariant($"nearest neighbour {spec.Ratio}:1, {(spec.Replace ? "with" : "without")} replacement, {Caliper(spec, result)}{Exact(spec)}"));
        output.WriteLine(Invariant($"matched: {counts.TreatedMatched} of {counts.Treated} treated ({counts.TreatedUnmatched} unmatched), {counts.ControlsUsed} of {counts.Controls} controls used"));

        output.WriteLine();
        output.WriteLine("propensity model (logit)");
        var model = new TextTable("term", "estimate", "std_error");
        foreach (var c in result.Coefficients)
        {
            model.Add(c.Name, TextTable.Number(c.Estimate), TextTable.Number(c.StandardError));
        }

        model.Write(output);

        output.WriteLine();
        output.WriteLine("balance (standardised mean difference, variance ratio, eCDF max; before -> after matching)");
        var balance = new TextTable("covariate", "mean_t", "mean_c", "smd", "mean_t_m", "mean_c_m", "smd_m", "var_ratio", "var_ratio_m", "ecdf_max", "ecdf_max_m");
        foreach (var b in result.Balance)
        {
            balance.Add(
                b.Covariate,
                TextTable.Number(b.MeanTreatedBefore, 4),
                TextTable.Number(b.MeanControlBefore, 4),
                TextTable.Number(b.SmdBefore, 4),
                TextTable.Number(b.MeanTreatedAfter, 4),
                TextTable.Number(b.MeanControlAfter, 4),
                TextTable.Number(b.SmdAfter, 4),
                TextTable.Number(b.VarianceRatioBefore, 4),
                TextTable.Number(b.VarianceRatioAfter, 4),
                TextTable.Number(b.EcdfMaxBefore, 4),
                TextTable.Number(b.EcdfMaxAfter, 4));
        }

        balance.Write(output);

        output.WriteLine();
        output.WriteLine(Invariant($"effect on {spec.Outcome} (ATT; CR1 standard errors clustered by matched set, {spec.ConfidenceLevel:P0} interval)"));
        var effects = new TextTable("method", "estimate", "std_error", "ci_low", "ci_high", "p_value", "units", "sets");
        foreach (var e in new[] { result.DifferenceInMeans, result.RegressionAdjusted })
        {
            effects.Add(
                PsmJson.MethodName(e.Method),
                TextTable.Number(e.Estimate),
                TextTable.Number(e.StandardError),
                TextTable.Number(e.ConfidenceLow),
                TextTable.Number(e.ConfidenceHigh),
                TextTable.Number(e.PValue, 4),
                TextTable.Whole(e.Observations),
                TextTable.Whole(e.Clusters));
        }

        effects.Write(output);
        var dropped = result.RegressionAdjusted.DroppedCovariates;
        if (dropped.Count > 0)
        {
            output.WriteLine($"regression adjustment left out (constant or collinear in the matched sample): {string.Join(", ", dropped)}");
        }
    }

    private static string Caliper(PsmSpecification spec, PsmResult result) =>
        spec.Caliper is { } c
            ? Invariant($"caliper {c} SD of the score ({TextTable.Number(result.CaliperWidth, 6)})")
            : "no caliper";

    private static string Exact(PsmSpecification spec) =>
        spec.Exact.Count == 0 ? string.Empty : $", exact on {string.Join(", ", spec.Exact)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
