using System.Globalization;
using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>The console summary of <c>impact did</c>: the panel, ATT(g,t), the four aggregations and the pre-test.</summary>
internal static class DidReport
{
    public static void Write(TextWriter output, TidyTable data, DidArguments args, DidResult result)
    {
        var o = result.Options;
        output.WriteLine(Invariant($"staggered difference-in-differences on {data.File}: outcome {args.Outcome}, {result.Units} units, periods {result.Periods[0]}-{result.Periods[^1]}, cohorts {string.Join(", ", result.Cohorts)}"));
        output.WriteLine(Invariant($"control {DidNames.Of(o.ControlGroup)}, method {DidNames.Of(o.Method)}, base period {DidNames.Of(o.BasePeriod)}, {Bootstrap(o)}"));
        output.WriteLine(Invariant($"dropped: {result.DroppedIncompleteUnits} unit(s) missing a period, {result.DroppedAlwaysTreatedUnits} unit(s) treated from the first period"));

        output.WriteLine();
        output.WriteLine(Invariant($"ATT(g,t) (band: {100 * (1 - o.Alpha):0.#} % {(o.Bootstrap.Replicates > 0 ? "uniform" : "pointwise")}, critical value {TextTable.Number(result.CriticalValue, 4)})"));
        var cells = new TextTable("group", "time", "base", "att", "se", "band_low", "band_high", "treated", "controls");
        foreach (var c in result.GroupTimeEffects)
        {
            cells.Add(
                TextTable.Whole(c.Group),
                TextTable.Whole(c.Time),
                TextTable.Whole(c.BasePeriod),
                TextTable.Number(c.Att),
                TextTable.Number(c.Se),
                TextTable.Number(c.BandLower),
                TextTable.Number(c.BandUpper),
                TextTable.Whole(c.Treated),
                TextTable.Whole(c.Controls));
        }

        cells.Write(output);

        output.WriteLine();
        output.WriteLine("aggregations (overall rows: estimate and analytic SE)");
        var aggregations = new TextTable("aggregation", "element", "att", "se", "band_low", "band_high");
        foreach (var a in new[] { result.Simple, result.Dynamic, result.Group, result.Calendar })
        {
            aggregations.Add(DidNames.Of(a.Type), "overall", TextTable.Number(a.Overall), TextTable.Number(a.OverallSe), TextTable.Missing, TextTable.Missing);
            foreach (var e in a.Elements)
            {
                aggregations.Add(
                    DidNames.Of(a.Type),
                    Invariant($"{DidNames.ElementOf(a.Type)} {e.Element}"),
                    TextTable.Number(e.Att),
                    TextTable.Number(e.Se),
                    TextTable.Number(e.BandLower),
                    TextTable.Number(e.BandUpper));
            }
        }

        aggregations.Write(output);

        output.WriteLine();
        output.WriteLine(result.Pretest is { } p
            ? Invariant($"pre-test of parallel trends (Wald, all pre-treatment ATT(g,t) = 0): W = {TextTable.Number(p.W, 4)}, df = {p.DegreesOfFreedom}, p = {TextTable.Number(p.PValue, 4)}")
            : "pre-test of parallel trends: not available (no pre-treatment cell, or their covariance is singular)");
    }

    private static string Bootstrap(DidOptions o) => o.Bootstrap.Replicates > 0
        ? Invariant($"multiplier bootstrap {o.Bootstrap.Replicates} draws, seed {o.Bootstrap.Seed}")
        : "no bootstrap (analytic standard errors)";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
