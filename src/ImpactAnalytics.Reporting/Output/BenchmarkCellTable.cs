using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The annex table of benchmark cells in the headline year, per NACE level: how many cells, how many reach min_cell,
/// the firms per cell (median and smallest of those that do), and how many member firm-years were compared at that
/// level after the small-cell fallback.
/// </summary>
internal static class BenchmarkCellTable
{
    public static ReportTable Build(RunContext context)
    {
        var nl = context.Input.Language == ReportLanguage.Dutch;
        var year = context.HeadlineYear;
        var minCell = context.Input.Settings.Benchmark.MinCell;
        var cells = context.Result.Benchmarks.Where(b => b.Year == year).ToArray();
        var members = context.Result.MemberDeltas.Where(d => d.Year == year)
            .DistinctBy(d => d.EnterpriseNumber)
            .ToArray();
        var rows = new List<TableRow>();
        foreach (var level in cells.Select(c => c.NaceLevel).Distinct().OrderByDescending(l => l))
        {
            var atLevel = cells.Where(c => c.NaceLevel == level).ToArray();
            var usable = atLevel.Where(c => c.NFirms >= minCell).Select(c => (double)c.NFirms).Order().ToArray();
            rows.Add(new TableRow(
            [
                context.Texts.Level(level),
                atLevel.Length,
                usable.Length,
                usable.Length == 0 ? TableCell.Empty : Core.Benchmarks.Quantiles.Type7(usable, 0.5),
                usable.Length == 0 ? TableCell.Empty : usable[0],
                members.Count(d => d.BenchmarkLevel == level),
            ]));
        }

        rows.Add(new TableRow(
        [
            nl ? "geen benchmark" : "no benchmark", TableCell.Empty, TableCell.Empty, TableCell.Empty, TableCell.Empty,
            members.Count(d => d.BenchmarkLevel is null),
        ]));

        return new ReportTable
        {
            Id = "benchmark_cells",
            Title = nl
                ? RunTexts.Fill("Benchmarkcellen per NACE-niveau, {0}", ReportCulture.Year(year))
                : RunTexts.Fill("Benchmark cells by NACE level, {0}", ReportCulture.Year(year)),
            Unit = nl ? "aantal cellen, ondernemingen en leden" : "number of cells, firms and members",
            Columns =
            [
                new(nl ? "Niveau" : "Level"),
                new(nl ? "Cellen" : "Cells", CellFormat.WholeNumber),
                new(RunTexts.Fill(nl ? "Cellen met ≥ {0} ondernemingen" : "Cells with ≥ {0} firms", context.Culture.WholeNumber(minCell)), CellFormat.WholeNumber),
                new(nl ? "Mediaan ondernemingen per cel" : "Median firms per cell", CellFormat.Number, 1),
                new(nl ? "Kleinste cel" : "Smallest cell", CellFormat.WholeNumber),
                new(nl ? "Leden vergeleken op dit niveau" : "Members compared at this level", CellFormat.WholeNumber),
            ],
            Rows = rows,
            Notes =
            [
                nl ? "Het aantal ondernemingen van elke cel en elk jaar staat in tables.xlsx (blad Benchmarks) en tables/benchmarks.csv."
                   : "The number of firms of every cell and year is in tables.xlsx (sheet Benchmarks) and tables/benchmarks.csv.",
            ],
        };
    }
}
