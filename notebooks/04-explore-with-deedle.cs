#!/usr/bin/env dotnet
// 04-explore-with-deedle — the evaluation's result tables as Deedle data frames, for the grouping and pivoting an
// analyst reaches for when the report does not answer the question at hand.
//
// Run from anywhere inside the repository:   dotnet run notebooks/04-explore-with-deedle.cs
//
// Frames.FromRecords (notebooks/ImpactAnalytics.Notebooks) turns any list of result records into a frame: one row per
// record, one column per property, named as the CSV outputs name them (premium_adjusted, n_members, …); a null is a
// missing value. Deedle is about ten times slower than the engine's arrays: fine for result tables (thousands of
// rows), never for the firm panel itself.
// Lines starting with "check:" are compared by .ci/run with notebooks/expected/04-explore-with-deedle.txt.
#:project ImpactAnalytics.Notebooks/ImpactAnalytics.Notebooks.csproj

using System.Globalization;
using Deedle;
using ImpactAnalytics.Cli.Infrastructure;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Notebooks;

// Deedle formats numbers with the current culture; make the printed tables read the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var inv = CultureInfo.InvariantCulture;
var sample = SampleStudy.Load();
var result = Evaluation.Run(sample.Panel, EvaluationMapping.Settings(sample.Study));
var year = sample.Study.Years.Last;

// 1. Cluster key figures (cluster_summary.csv) as a frame.
var summary = Frames.FromRecords(result.ClusterYears);
Console.WriteLine(string.Create(inv, $"cluster_summary: {summary.RowCount} rows; columns: {string.Join(", ", summary.ColumnKeys)}"));

// 2. Pivot: one row per year, one column per cluster, the composition-adjusted premium in the cells. A suppressed
//    cell has no premium and shows as missing. (Each cluster-year is one row, so the mean is that row's value.)
//    Pivot keys come in the order first seen; SortRowsByKey puts the years in order.
var premium = summary
    .PivotTable<int, string, int, string, double>("year", "cluster", cell => Stats.mean(cell.GetColumn<double>("premium_adjusted")))
    .SortRowsByKey();
Console.WriteLine();
Console.WriteLine("premium_adjusted, year × cluster");
Console.WriteLine(premium.Format());
Check.Print("pivot.premium_adjusted.Flux50." + year.ToString(inv), premium.GetColumn<double>("Flux50").Get(year));

// 3. Group and aggregate: each cluster's average over the years it has figures (an unweighted mean of yearly
//    premiums: a question the report does not ask, and an easy one here).
var averages = summary.AggregateRowsBy<double, double>(
    ["cluster"], ["premium_adjusted", "mean_log_ratio"], values => Stats.mean(values));
Console.WriteLine("Average over the years, per cluster");
Console.WriteLine(averages.Format());
var allRow = averages.FilterRowsBy("cluster", ClusterKeys.All);
Check.Print("mean_over_years.premium_adjusted.ALL", allRow.GetColumn<double>("premium_adjusted").FirstValue());

// 4. Benchmark cells (benchmarks.csv): how many cells per NACE level and year, and how many were suppressed.
var benchmarks = Frames.FromRecords(result.Benchmarks);
var cellCounts = benchmarks.PivotTable<int, string, string, int, int>("nace_level", "year", cell => cell.RowCount);
Console.WriteLine("Benchmark cells, NACE level × year");
Console.WriteLine(cellCounts.Format());
var suppressed = benchmarks.FilterRowsBy("suppressed", true).RowCount;
Console.WriteLine(string.Create(inv, $"{suppressed} of {benchmarks.RowCount} benchmark cells are suppressed (too few firms or dominance)"));
Check.Print("benchmark_cells.Class." + year.ToString(inv), cellCounts.GetColumn<int>(year).Get("Class"));

// 5. Membership flows of all clusters together: staying, new and exiting firms per year.
var flows = Frames.FromRecords(result.Flows.Where(f => f.Cluster == ClusterKeys.All));
var flowCounts = flows.PivotTable<int, string, string, int, int>(
    "status_text", "year", cell => cell.GetColumn<int>("n_firms").Values.Sum());
Console.WriteLine("Firms by membership status (all clusters), status × year");
Console.WriteLine(flowCounts.Format());
Check.Print("flows.ALL.new." + year.ToString(inv), flowCounts.GetColumn<int>(year).Get("new"));

// 6. Firm level (confidential: member_deltas): the median member's log ratio ln(LP / B) per cluster in the last
//    year — the typical firm rather than the aggregate premium of section 2.
var deltas = Frames.FromRecords(result.MemberDeltas.Where(d => d.Year == year));
var medians = deltas.AggregateRowsBy<double, double>(["cluster"], ["log_ratio"], values => Stats.median(values));
Console.WriteLine(string.Create(inv, $"Median log_ratio per cluster, {year} (firm level, confidential input, aggregate output)"));
Console.WriteLine(medians.Format());
Check.Print(
    "median_log_ratio.Flux50." + year.ToString(inv),
    medians.FilterRowsBy("cluster", "Flux50").GetColumn<double>("log_ratio").FirstValue());
