using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Output;
using ImpactAnalytics.Reporting.Pdf;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting;

/// <summary>
/// The front door of the reporting layer: turns an evaluation into the files of a run (ARCHITECTURE §5) except
/// <c>manifest.json</c>, <c>data_quality.csv</c> and <c>quarantine/</c>, which the command writes.
/// </summary>
public static class Report
{
    /// <summary>
    /// Writes into <paramref name="folder"/> (created if need be; files of the same name are replaced):
    /// <c>tables/benchmarks.csv</c>, <c>tables/cluster_summary.csv</c>, <c>tables/membership_flows.csv</c>,
    /// <c>confidential/member_deltas.csv</c>, with a causal section also <c>tables/impact_did.csv</c>,
    /// <c>tables/impact_psm.csv</c> and <c>tables/balance.csv</c>; <c>tables.xlsx</c> (every published table, one
    /// sheet each); <c>charts/*.png</c> and <c>charts/*.svg</c> (every chart of the report); and <c>report.pdf</c>.
    /// The CSVs are the same bytes for the same input; the PDF and XLSX speak <see cref="ReportInput.Language"/>.
    /// </summary>
    /// <returns>The files written, relative to <paramref name="folder"/>, and the PDF's page count.</returns>
    public static ReportFiles Write(ReportInput input, string folder)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var context = new RunContext(input);
        var result = input.Result;
        var files = new List<string>();

        void Csv(string relative, CsvTable table)
        {
            CsvTableWriter.WriteFile(table, Path.Combine(folder, relative));
            files.Add(relative);
        }

        Csv("tables/benchmarks.csv", DataTables.Benchmarks(result.Benchmarks));
        Csv("tables/cluster_summary.csv", DataTables.ClusterSummary(result.ClusterYears));
        Csv("tables/membership_flows.csv", DataTables.Flows(result.Flows));
        Csv("confidential/member_deltas.csv", DataTables.MemberDeltas(result.MemberDeltas));
        if (input.Counterfactual is { } counterfactual)
        {
            Csv("tables/impact_did.csv", CounterfactualTables.Did(counterfactual.Impact));
            Csv("tables/impact_psm.csv", CounterfactualTables.Psm(counterfactual.Impact));
            Csv("tables/balance.csv", CounterfactualTables.Balance(counterfactual.Impact));
        }

        XlsxTableWriter.WriteFile(WorkbookTables.All(context), context.Culture, Path.Combine(folder, "tables.xlsx"));
        files.Add("tables.xlsx");

        var composer = new ReportComposer(context);
        var document = composer.Compose();
        var chartFolder = Path.Combine(folder, "charts");
        foreach (var chart in composer.Charts)
        {
            ChartFileWriter.WriteFiles(chart, context.Culture, chartFolder, ChartSize.Standard);
            files.Add("charts/" + chart.FileName + ".png");
            files.Add("charts/" + chart.FileName + ".svg");
        }

        int pages;
        using (var memory = new MemoryStream())
        {
            pages = PdfReportWriter.Write(document, memory);
            File.WriteAllBytes(Path.Combine(folder, "report.pdf"), memory.ToArray());
        }

        files.Add("report.pdf");
        files.Sort(StringComparer.Ordinal);
        return new ReportFiles(files, pages);
    }
}
