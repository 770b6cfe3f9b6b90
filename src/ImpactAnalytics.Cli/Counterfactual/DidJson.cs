using System.Text.Json;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// The JSON document of <c>impact did</c> (shape in docs/commands.md): data, specification, panel, ATT(g,t) rows,
/// the four aggregations with their elements, and the pre-test.
/// </summary>
internal static class DidJson
{
    public static void Write(Utf8JsonWriter json, TidyTable data, DidArguments args, DidInput input, DidResult result)
    {
        var o = result.Options;
        json.WriteStartObject();
        json.Header("did", data);

        json.WriteStartObject("specification");
        json.WriteString("id", args.Id);
        json.WriteString("time", args.Time);
        json.WriteString("group", args.Group);
        json.WriteString("outcome", args.Outcome);
        json.Strings("covariates", input.Covariates);
        json.WriteString("control", DidNames.Of(o.ControlGroup));
        json.WriteString("method", DidNames.Of(o.Method));
        json.WriteString("base_period", DidNames.Of(o.BasePeriod));
        json.WriteNumber("alpha", o.Alpha);
        json.WriteNumber("bootstrap", o.Bootstrap.Replicates);
        json.WriteNumber("seed", o.Bootstrap.Seed);
        json.WriteEndObject();

        json.WriteStartObject("panel");
        json.WriteNumber("units", result.Units);
        json.WriteNumber("dropped_incomplete_units", result.DroppedIncompleteUnits);
        json.WriteNumber("dropped_always_treated_units", result.DroppedAlwaysTreatedUnits);
        json.Integers("periods", result.Periods);
        json.Integers("cohorts", result.Cohorts);
        json.WriteEndObject();

        json.Number("critical_value", result.CriticalValue);
        json.WriteStartArray("group_time_effects");
        foreach (var c in result.GroupTimeEffects)
        {
            json.WriteStartObject();
            json.WriteNumber("group", c.Group);
            json.WriteNumber("time", c.Time);
            json.WriteNumber("event_time", c.EventTime);
            json.WriteNumber("base_period", c.BasePeriod);
            json.Number("att", c.Att);
            json.Number("se", c.Se);
            json.Number("bootstrap_se", c.BootstrapSe);
            json.Number("band_low", c.BandLower);
            json.Number("band_high", c.BandUpper);
            json.WriteNumber("treated", c.Treated);
            json.WriteNumber("controls", c.Controls);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("aggregations");
        foreach (var a in new[] { result.Simple, result.Dynamic, result.Group, result.Calendar })
        {
            Aggregation(json, a);
        }

        json.WriteEndObject();

        if (result.Pretest is { } p)
        {
            json.WriteStartObject("pretest");
            json.Number("w", p.W);
            json.WriteNumber("df", p.DegreesOfFreedom);
            json.Number("p_value", p.PValue);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("pretest");
        }

        json.WriteEndObject();
    }

    private static void Aggregation(Utf8JsonWriter json, DidAggregation a)
    {
        json.WriteStartObject(DidNames.Of(a.Type));
        json.Number("overall_att", a.Overall);
        json.Number("overall_se", a.OverallSe);
        json.Number("critical_value", a.CriticalValue);
        json.WriteString("element_kind", DidNames.ElementOf(a.Type));
        json.WriteStartArray("elements");
        foreach (var e in a.Elements)
        {
            json.WriteStartObject();
            json.WriteNumber("element", e.Element);
            json.Number("att", e.Att);
            json.Number("se", e.Se);
            json.Number("bootstrap_se", e.BootstrapSe);
            json.Number("band_low", e.BandLower);
            json.Number("band_high", e.BandUpper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
