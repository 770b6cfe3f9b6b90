using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>The annex table of disclosure control: per published table its cells and how many were suppressed, by reason.</summary>
internal static class SuppressionTable
{
    public static ReportTable Build(RunContext context)
    {
        var nl = context.Input.Language == ReportLanguage.Dutch;
        var result = context.Result;
        var distributionWithheld = context.Distribution.Count(d => !d.Published);
        var rows = new List<TableRow>
        {
            Row(context, "benchmarks", "benchmarks.csv", result.Benchmarks.Length),
            Row(context, "cluster_summary", "cluster_summary.csv", result.ClusterYears.Length),
            Row(context, "membership_flows", "membership_flows.csv", result.Flows.Length),
            Row(context, "index_series", nl ? "indexreeksen" : "index series", result.IndexSeries.Length),
            new(
            [
                nl ? "verdeling leden" : "member distribution", context.Distribution.Count,
                distributionWithheld, TableCell.Empty, TableCell.Empty,
            ]),
        };

        return new ReportTable
        {
            Id = "suppression",
            Title = nl ? "Geheimgehouden cellen per tabel" : "Suppressed cells by table",
            Unit = nl ? "aantal cellen" : "number of cells",
            Columns =
            [
                new(nl ? "Tabel" : "Table"),
                new(nl ? "Cellen" : "Cells", CellFormat.WholeNumber),
                new(nl ? "Te weinig ondernemingen" : "Too few firms", CellFormat.WholeNumber),
                new(nl ? "Dominantie" : "Dominance", CellFormat.WholeNumber),
                new(nl ? "Secundair" : "Secondary", CellFormat.WholeNumber),
            ],
            Rows = rows,
            Notes =
            [
                nl ? "Verdeling leden: cellen met te weinig leden of van een geheime cluster-jaarcel worden niet gepubliceerd."
                   : "Member distribution: cells with too few members or of a suppressed cluster-year are not published.",
            ],
        };
    }

    private static TableRow Row(RunContext context, string table, string label, int cells)
    {
        var decisions = context.Result.Suppressions.Where(s => s.Table == table).ToArray();
        return new TableRow(
        [
            label, cells,
            decisions.Count(s => s.Reason == SuppressionReasons.MinFirms),
            decisions.Count(s => s.Reason == SuppressionReasons.Dominance),
            decisions.Count(s => s.Reason == SuppressionReasons.Secondary),
        ]);
    }
}
