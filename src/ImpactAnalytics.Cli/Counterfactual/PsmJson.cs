using System.Text.Json;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// The JSON document of <c>impact psm</c> (shape in docs/commands.md): data, specification, propensity model,
/// counts, balance, effects, the matched pairs and every unit's score and weight. Rows are named by their file line.
/// </summary>
internal static class PsmJson
{
    public static void Write(Utf8JsonWriter json, TidyTable data, PsmInput input, PsmResult result)
    {
        var spec = input.Specification;
        json.WriteStartObject();
        json.Header("psm", data);

        json.WriteStartObject("specification");
        json.WriteString("treatment", spec.Treatment);
        json.WriteString("outcome", spec.Outcome);
        json.Strings("covariates", spec.Covariates);
        json.Strings("categorical", input.Categorical);
        json.Strings("exact", spec.Exact);
        json.WriteNumber("ratio", spec.Ratio);
        json.WriteBoolean("replace", spec.Replace);
        json.Number("caliper", spec.Caliper);
        json.Number("caliper_width", result.CaliperWidth);
        json.WriteNumber("confidence_level", spec.ConfidenceLevel);
        json.WriteEndObject();

        json.WriteStartArray("propensity_model");
        foreach (var c in result.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("term", c.Name);
            json.Number("estimate", c.Estimate);
            json.Number("std_error", c.StandardError);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var counts = result.Counts;
        json.WriteStartObject("counts");
        json.WriteNumber("treated", counts.Treated);
        json.WriteNumber("treated_matched", counts.TreatedMatched);
        json.WriteNumber("treated_unmatched", counts.TreatedUnmatched);
        json.WriteNumber("controls", counts.Controls);
        json.WriteNumber("controls_used", counts.ControlsUsed);
        json.WriteEndObject();

        json.WriteStartArray("balance");
        foreach (var b in result.Balance)
        {
            Balance(json, b);
        }

        json.WriteEndArray();

        json.WriteStartArray("effects");
        Effect(json, result.DifferenceInMeans);
        Effect(json, result.RegressionAdjusted);
        json.WriteEndArray();

        json.WriteStartArray("pairs");
        foreach (var p in result.Pairs)
        {
            json.WriteStartObject();
            json.WriteNumber("set", p.SetId);
            json.WriteNumber("treated_line", data.LineOf(p.TreatedRow));
            json.WriteNumber("control_line", data.LineOf(p.ControlRow));
            json.Number("weight", p.Weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var treated = input.Table.Numeric(spec.Treatment);
        json.WriteStartArray("units");
        for (var row = 0; row < data.RowCount; row++)
        {
            json.WriteStartObject();
            json.WriteNumber("line", data.LineOf(row));
            json.WriteNumber("treated", (int)treated[row]);
            json.Number("score", result.Scores[row]);
            json.Number("weight", result.Weights[row]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The stable name of an effect method in JSON and on the console.</summary>
    public static string MethodName(EffectMethod method) => method switch
    {
        EffectMethod.DifferenceInMeans => "difference_in_means",
        EffectMethod.RegressionAdjusted => "regression_adjusted",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private static void Balance(Utf8JsonWriter json, BalanceRow b)
    {
        json.WriteStartObject();
        json.WriteString("covariate", b.Covariate);
        json.WriteBoolean("binary", b.IsBinary);
        json.Number("mean_treated_before", b.MeanTreatedBefore);
        json.Number("mean_control_before", b.MeanControlBefore);
        json.Number("smd_before", b.SmdBefore);
        json.Number("variance_ratio_before", b.VarianceRatioBefore);
        json.Number("ecdf_mean_before", b.EcdfMeanBefore);
        json.Number("ecdf_max_before", b.EcdfMaxBefore);
        json.Number("mean_treated_after", b.MeanTreatedAfter);
        json.Number("mean_control_after", b.MeanControlAfter);
        json.Number("smd_after", b.SmdAfter);
        json.Number("variance_ratio_after", b.VarianceRatioAfter);
        json.Number("ecdf_mean_after", b.EcdfMeanAfter);
        json.Number("ecdf_max_after", b.EcdfMaxAfter);
        json.WriteEndObject();
    }

    private static void Effect(Utf8JsonWriter json, EffectEstimate e)
    {
        json.WriteStartObject();
        json.WriteString("method", MethodName(e.Method));
        json.Number("estimate", e.Estimate);
        json.Number("std_error", e.StandardError);
        json.Number("ci_low", e.ConfidenceLow);
        json.Number("ci_high", e.ConfidenceHigh);
        json.Number("p_value", e.PValue);
        json.WriteNumber("units", e.Observations);
        json.WriteNumber("sets", e.Clusters);
        json.Strings("dropped_covariates", e.DroppedCovariates);
        json.WriteEndObject();
    }
}
