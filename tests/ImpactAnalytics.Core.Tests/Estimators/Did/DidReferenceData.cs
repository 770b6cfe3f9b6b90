using System.Globalization;
using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>Reads the R <c>did</c> oracle in Reference/did (see SOURCES.md there).</summary>
internal static class DidReferenceData
{
    public static DidPanelData Mpdta()
    {
        var rows = Read("mpdta.csv");
        var header = rows[0];
        int year = Array.IndexOf(header, "year"), id = Array.IndexOf(header, "countyreal");
        int lemp = Array.IndexOf(header, "lemp"), first = Array.IndexOf(header, "first.treat");
        var data = rows.Skip(1).ToArray();
        return new DidPanelData(
            data.Select(r => long.Parse(r[id], CultureInfo.InvariantCulture)).ToArray(),
            data.Select(r => int.Parse(r[year], CultureInfo.InvariantCulture)).ToArray(),
            data.Select(r => int.Parse(r[first], CultureInfo.InvariantCulture)).ToArray(),
            data.Select(r => Number(r[lemp])).ToArray());
    }

    public static DidOptions Options(string scenario) => new()
    {
        ControlGroup = scenario == "mpdta_nyt_dr" ? DidControlGroup.NotYetTreated : DidControlGroup.NeverTreated,
        Method = DidMethod.DoublyRobust,
        BasePeriod = DidBasePeriod.Varying,
        Bootstrap = new() { Replicates = 0 },
    };

    /// <summary>Rows of ref_attgt.csv: scenario, group, t, att, se.</summary>
    public static (string Scenario, int Group, int Time, double Att, double Se)[] GroupTime() =>
        Read("ref_attgt.csv").Skip(1)
            .Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), int.Parse(r[2], CultureInfo.InvariantCulture), Number(r[3]), Number(r[4])))
            .ToArray();

    /// <summary>Rows of ref_aggte.csv: scenario, type, element (null for simple), att, se, overall, overall se.</summary>
    public static (string Scenario, string Type, int? Element, double? Att, double? Se, double Overall, double OverallSe)[] Aggregations() =>
        Read("ref_aggte.csv").Skip(1)
            .Select(r => (r[0], r[1], r[2] == "NA" ? (int?)null : int.Parse(r[2], CultureInfo.InvariantCulture), Optional(r[3]), Optional(r[4]), Number(r[5]), Number(r[6])))
            .ToArray();

    /// <summary>Rows of ref_pretest.csv: scenario, W, p-value (rounded to 5 decimals by R).</summary>
    public static (string Scenario, double W, double PValue)[] Pretest() =>
        Read("ref_pretest.csv").Skip(1).Select(r => (r[0], Number(r[1]), Number(r[2]))).ToArray();

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? Optional(string text) => text == "NA" ? null : Number(text);

    private static List<string[]> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "did", file);
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(f => f.Trim('"')).ToArray())
            .ToList();
    }
}
