using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Model;
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
        var result = input.Result;
        Directory.CreateDirectory(folder);
        // The member table is the largest file and needs nothing else: it is written while the report is composed,
        // and so are the workbook and the CSV tables, which need the run's context but not the composed report. The
        // PDF and the charts, which need the composed report, follow on every core. Each job writes files of its own,
        // so the order in which they finish changes no byte.
        var background = new List<Task>
        {
            Task.Run(() => DataTables.WriteMemberDeltas(result.MemberDeltas, Path.Combine(folder, "confidential/member_deltas.csv"))),
        };
        var files = new List<string> { "confidential/member_deltas.csv", "tables.xlsx", "report.pdf" };
        try
        {
            var context = new RunContext(input);
            var csvTables = CsvTables(input);
            files.AddRange(csvTables.Select(t => t.Path));
            background.Add(Task.Run(() =>
            {
                XlsxTableWriter.WriteFile(WorkbookTables.All(context), context.Culture, Path.Combine(folder, "tables.xlsx"));
                foreach (var (relative, table) in csvTables)
                {
                    CsvTableWriter.WriteFile(table(), Path.Combine(folder, relative));
                }
            }));
            var composer = new ReportComposer(context);
            var document = composer.Compose();
            var pages = 0;
            // The slowest first, written by as many workers as there are cores.
            var jobs = new List<Action> { () => pages = WritePdf(document, Path.Combine(folder, "report.pdf")) };
            var chartFolder = Path.Combine(folder, "charts");
            foreach (var chart in composer.Charts)
            {
                jobs.Add(() => ChartFileWriter.WriteFiles(chart, context.Culture, chartFolder, ChartSize.Standard));
                files.Add("charts/" + chart.FileName + ".png");
                files.Add("charts/" + chart.FileName + ".svg");
            }

            RunAll(jobs);
            foreach (var task in background)
            {
                task.GetAwaiter().GetResult();
            }

            files.Sort(StringComparer.Ordinal);
            return new ReportFiles(files, pages);
        }
        finally
        {
            // A failure elsewhere returns only once no file is being written any more.
            foreach (var task in background)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private static List<(string Path, Func<CsvTable> Table)> CsvTables(ReportInput input)
    {
        var result = input.Result;
        var tables = new List<(string, Func<CsvTable>)>
        {
            ("tables/benchmarks.csv", () => DataTables.Benchmarks(result.Benchmarks)),
            ("tables/cluster_summary.csv", () => DataTables.ClusterSummary(result.ClusterYears)),
            ("tables/membership_flows.csv", () => DataTables.Flows(result.Flows)),
        };
        if (input.Counterfactual is { } counterfactual)
        {
            tables.Add(("tables/impact_did.csv", () => CounterfactualTables.Did(counterfactual.Impact)));
            tables.Add(("tables/impact_psm.csv", () => CounterfactualTables.Psm(counterfactual.Impact)));
            tables.Add(("tables/balance.csv", () => CounterfactualTables.Balance(counterfactual.Impact)));
        }

        return tables;
    }

    private static int WritePdf(ReportDocument document, string path)
    {
        using var memory = new MemoryStream();
        var pages = PdfReportWriter.Write(document, memory);
        File.WriteAllBytes(path, memory.ToArray());
        return pages;
    }

    // One job at a time per worker (no chunking: the jobs are few and of very different sizes); the first failure
    // is rethrown as itself, not wrapped.
    private static void RunAll(List<Action> jobs)
    {
        try
        {
            Parallel.ForEach(
                Partitioner.Create(jobs, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                job => job());
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }
    }
}
