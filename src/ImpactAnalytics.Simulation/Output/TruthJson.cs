using System.Text.Encodings.Web;
using System.Text.Json;

namespace ImpactAnalytics.Simulation.Output;

/// <summary>Writes <see cref="GroundTruth"/> as truth.json: indented, LF line ends, no time stamp, fixed key order.</summary>
internal static class TruthJson
{
    public static void Write(GroundTruth truth, string path)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep + and ' readable
        });
        var s = truth.Settings;
        json.WriteStartObject();
        json.WriteString("generator", truth.Generator);
        json.WriteString("generator_version", truth.GeneratorVersion);
        json.WriteNumber("seed", s.Seed);
        json.WriteNumber("firms", s.Firms);
        json.WriteNumber("first_year", s.FirstYear);
        json.WriteNumber("last_year", s.LastYear);

        json.WriteStartObject("planted_effect");
        json.WriteNumber("multiplicative", truth.Effect);
        json.WriteNumber("log", truth.LogEffect);
        json.WriteString("outcome", "value added, and so labour productivity (value added per FTE); FTE is not affected");
        json.WriteString("form", "value added * (1 + multiplicative); ln VA and ln LP shift by log");
        json.WriteString("applies_from", "the first year of a firm's first membership spell, and every later year (absorbing, also after leaving)");
        json.WriteString("comparison", "never-members of the same NACE division share trends with members; selection into membership is on size, age and persistent productivity");
        json.WriteEndObject();

        json.WriteNumber("treated_firms", truth.TreatedFirms);
        json.WriteNumber("treated_firm_years", truth.TreatedFirmYears);
        json.WriteNumber("firm_years", truth.FirmYears);
        json.WriteStartObject("cohorts");
        foreach (var (year, firms) in truth.Cohorts)
        {
            json.WriteNumber(year.ToString(System.Globalization.CultureInfo.InvariantCulture), firms);
        }

        json.WriteEndObject();

        json.WriteStartObject("settings");
        json.WriteNumber("entrant_share", s.EntrantShare);
        json.WriteNumber("exit_hazard", s.ExitHazard);
        json.WriteNumber("persistence", s.Persistence);
        json.WriteNumber("transitory_sd", s.TransitorySd);
        json.WriteNumber("membership_propensity", s.MembershipPropensity);
        json.WriteNumber("selection_on_size", s.SelectionOnSize);
        json.WriteNumber("selection_on_productivity", s.SelectionOnProductivity);
        json.WriteNumber("selection_on_age", s.SelectionOnAge);
        json.WriteNumber("spell_exit_rate", s.SpellExitRate);
        json.WriteNumber("rejoin_probability", s.RejoinProbability);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        file.WriteByte((byte)'\n');
    }
}
