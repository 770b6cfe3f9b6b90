using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// Every published table of a run as a report table for <c>tables.xlsx</c>: headers in the report language with their
/// units, numbers as numbers, suppressed values as "x" with the reason in words. The confidential member table is
/// never among them.
/// </summary>
internal static class WorkbookTables
{
    public static IReadOnlyList<ReportTable> All(RunContext context) =>
        [Summary(context), Flows(context), Distribution(context), Index(context), Benchmarks(context)];

    private static ReportTable Summary(RunContext context)
    {
        var t = context.Texts;
        return new ReportTable
        {
            Id = t.SheetSummary,
            Title = t.SummaryTitle,
            Unit = t.KeyFigureUnit,
            Columns =
            [
                new(t.ColCluster), new(t.ColYear, CellFormat.Year), new(t.ColMembers, CellFormat.WholeNumber),
                new(t.ColNWithLp, CellFormat.WholeNumber), new(t.ColVa, CellFormat.Number, 0),
                new(t.ColFte, CellFormat.Number, 1), new(t.ColVaShare, CellFormat.Percent, 2),
                new(t.ColFteShare, CellFormat.Percent, 2), new(t.ColLpEuro, CellFormat.Number, 0),
                new(t.ColExpectedLpEuro, CellFormat.Number, 0), new(t.ColPremium, CellFormat.SignedPercent, 1),
                new(t.ColMedianDeltaRel, CellFormat.SignedPercent, 1), new(t.ColAboveMedian, CellFormat.Percent, 1),
                new(t.ColMeanLogRatio, CellFormat.Number, 4), new(t.ColCiLow, CellFormat.Number, 4),
                new(t.ColCiHigh, CellFormat.Number, 4), new(t.ColTypical, CellFormat.SignedPercent, 1),
                new(t.ColLogRatioExcluded, CellFormat.WholeNumber), new(t.ColWithoutBenchmark, CellFormat.WholeNumber),
                new(t.ColSuppression),
            ],
            Rows = context.Result.ClusterYears.Select(s => new TableRow(
            [
                context.Label(s.Cluster), s.Year, s.NMembers, s.NWithLp,
                V(s.VaTotal, s), V(s.FteTotal, s), V(s.VaShare, s), V(s.FteShare, s),
                V(s.ClusterLp, s), V(s.ExpectedLp, s), V(s.PremiumAdjusted, s), V(s.MedianDeltaRel, s),
                V(s.ShareAboveMedian, s), V(s.MeanLogRatio, s), V(s.CiLow, s), V(s.CiHigh, s),
                V(s.MeanLogRatio is { } m ? RunContext.Geometric(m) : null, s),
                s.Suppressed ? TableCell.Suppressed : s.NLogRatioExcluded,
                s.Suppressed ? TableCell.Suppressed : s.NWithoutBenchmark,
                t.Reason(s.SuppressionReason),
            ])).ToArray(),
            Notes = [t.KeyFigureNote],
        };
    }

    private static ReportTable Flows(RunContext context)
    {
        var t = context.Texts;
        var fixedTexts = context.Culture.Texts;
        return new ReportTable
        {
            Id = t.SheetFlows,
            Title = t.FlowsTitle,
            Unit = t.ColVa + "; " + t.ColFte,
            Columns =
            [
                new(t.ColCluster), new(t.ColYear, CellFormat.Year), new(t.ColStatus),
                new(t.ColFirms, CellFormat.WholeNumber), new(t.ColVa, CellFormat.Number, 0),
                new(t.ColFte, CellFormat.Number, 1), new(t.ColSuppression),
            ],
            Rows = context.Result.Flows.Select(f => new TableRow(
            [
                context.Label(f.Cluster), f.Year,
                f.Status switch
                {
                    FlowStatus.Staying => fixedTexts.Staying,
                    FlowStatus.New => fixedTexts.New,
                    _ => fixedTexts.Exiting,
                },
                f.NFirms, KeyFigureTables.Value(f.VaTotal, f.Suppressed), KeyFigureTables.Value(f.FteTotal, f.Suppressed),
                t.Reason(f.SuppressionReason),
            ])).ToArray(),
        };
    }

    private static ReportTable Distribution(RunContext context)
    {
        var t = context.Texts;
        return new ReportTable
        {
            Id = t.SheetDistribution,
            Title = t.DistributionSheetTitle,
            Unit = t.DistributionUnit,
            Columns =
            [
                new(t.ColCluster), new(t.ColYear, CellFormat.Year), new(t.ColMembers, CellFormat.WholeNumber),
                new("P10", CellFormat.Number, 1), new("P25", CellFormat.Number, 1), new("P50", CellFormat.Number, 1),
                new("P75", CellFormat.Number, 1), new("P90", CellFormat.Number, 1), new(t.ColSuppression),
            ],
            Rows = context.Distribution.Select(d => new TableRow(
            [
                context.Label(d.Cluster), d.Year, d.N,
                Q(d.P10, d), Q(d.P25, d), Q(d.Median, d), Q(d.P75, d), Q(d.P90, d),
                d.Published ? string.Empty : DistributionReason(context, d),
            ])).ToArray(),
        };
    }

    private static ReportTable Index(RunContext context)
    {
        var t = context.Texts;
        return new ReportTable
        {
            Id = t.SheetIndex,
            Title = t.IndexSheetTitle,
            Unit = t.IndexSheetUnit,
            Columns =
            [
                new(t.ColCluster), new(t.ColYear, CellFormat.Year), new(t.ColStaying, CellFormat.WholeNumber),
                new(t.ColSectorFirms, CellFormat.WholeNumber), new(t.ColVaMembers, CellFormat.Number, 1),
                new(t.ColVaSector, CellFormat.Number, 1), new(t.ColFteMembers, CellFormat.Number, 1),
                new(t.ColFteSector, CellFormat.Number, 1), new(t.ColSuppression),
            ],
            Rows = context.Result.IndexSeries.Select(p => new TableRow(
            [
                context.Label(p.Cluster), p.Year, p.NStaying, p.NSector,
                KeyFigureTables.Value(p.VaMembers, p.Suppressed), KeyFigureTables.Value(p.VaSector, p.Suppressed),
                KeyFigureTables.Value(p.FteMembers, p.Suppressed), KeyFigureTables.Value(p.FteSector, p.Suppressed),
                t.Reason(p.SuppressionReason),
            ])).ToArray(),
        };
    }

    private static ReportTable Benchmarks(RunContext context)
    {
        var t = context.Texts;
        return new ReportTable
        {
            Id = t.SheetBenchmarks,
            Title = t.BenchmarksTitle,
            Unit = t.ColMedian,
            Columns =
            [
                new(t.ColNaceLevel), new(t.ColNaceCode), new(t.ColYear, CellFormat.Year),
                new(t.ColFirms, CellFormat.WholeNumber), new(t.ColMean, CellFormat.Number, 0),
                new(t.ColMedian, CellFormat.Number, 0), new("P10", CellFormat.Number, 0), new("P25", CellFormat.Number, 0),
                new("P75", CellFormat.Number, 0), new("P90", CellFormat.Number, 0), new(t.ColRatio, CellFormat.Number, 0),
                new(t.ColSuppression),
            ],
            Rows = context.Result.Benchmarks.Select(b => new TableRow(
            [
                t.Level(b.NaceLevel), b.NaceCode.Code, b.Year, b.NFirms,
                KeyFigureTables.Value(b.MeanLp, b.Suppressed), KeyFigureTables.Value(b.MedianLp, b.Suppressed),
                KeyFigureTables.Value(b.P10Lp, b.Suppressed), KeyFigureTables.Value(b.P25Lp, b.Suppressed),
                KeyFigureTables.Value(b.P75Lp, b.Suppressed), KeyFigureTables.Value(b.P90Lp, b.Suppressed),
                KeyFigureTables.Value(b.RatioLp, b.Suppressed), t.Reason(b.SuppressionReason),
            ])).ToArray(),
        };
    }

    private static TableCell V(double? value, ClusterYearSummary s) => KeyFigureTables.Value(value, s.Suppressed);

    private static TableCell Q(double? value, DistributionCell d) => d.Published ? TableCell.Of(value) : TableCell.Suppressed;

    private static string DistributionReason(RunContext context, DistributionCell d) =>
        context.Summary(d.Cluster, d.Year) is { Suppressed: true } s
            ? context.Texts.Reason(s.SuppressionReason)
            : context.Texts.Reason(SuppressionReasons.MinFirms);
}
