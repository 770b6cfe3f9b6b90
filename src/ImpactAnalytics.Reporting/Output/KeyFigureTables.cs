using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Reporting.Model;

namespace ImpactAnalytics.Reporting.Output;

/// <summary>
/// The key-figure tables of the PDF: all clusters in the headline year, and one cluster year by year. Member counts
/// are always shown; every other figure of a suppressed cluster-year is the mark "x".
/// </summary>
internal static class KeyFigureTables
{
    private const int ExpectedColumn = 5;

    public static ReportTable Overview(RunContext context)
    {
        var texts = context.Texts;
        var year = context.HeadlineYear;
        var rows = new List<TableRow>();
        foreach (var cluster in context.Clusters.Where(c => c != ClusterKeys.All).Append(ClusterKeys.All))
        {
            if (context.Summary(cluster, year) is { } s)
            {
                rows.Add(Row(context, context.Label(cluster), s, isTotal: cluster == ClusterKeys.All));
            }
        }

        return Table(context, "overview", RunTexts.Fill(texts.OverviewTableTitle, Formatting.ReportCulture.Year(year)),
            texts.ColCluster, CellFormat.Text, rows, withExpected: false);
    }

    public static ReportTable ForCluster(RunContext context, string cluster)
    {
        var rows = context.Summaries(cluster)
            .Where(s => s.NMembers > 0)
            .Select(s => Row(context, (double)s.Year, s, isTotal: false))
            .ToArray();
        return Table(context, "key_" + RunContext.Slug(cluster),
            RunTexts.Fill(context.Texts.ClusterTableTitle, context.Name(cluster)), context.Texts.ColYear,
            CellFormat.Year, rows, withExpected: true);
    }

    private static ReportTable Table(
        RunContext context, string id, string title, string keyHeader, CellFormat keyFormat, IReadOnlyList<TableRow> rows,
        bool withExpected)
    {
        var texts = context.Texts;
        TableColumn[] columns =
            [
                new(keyHeader, keyFormat),
                new(texts.ColMembers, CellFormat.WholeNumber),
                new(texts.ColCompared, CellFormat.WholeNumber),
                new(texts.ColVaMillions, CellFormat.Number, 1),
                new(texts.ColLp, CellFormat.Number, 0),
                new(texts.ColExpectedLp, CellFormat.Number, 0),
                new(texts.ColPremium, CellFormat.SignedPercent, 1),
                new(texts.ColAboveMedian, CellFormat.Percent, 0),
                new(texts.ColTypical, CellFormat.SignedPercent, 1),
                new(texts.ColInterval),
            ];
        return new ReportTable
        {
            Id = id,
            Title = title,
            Unit = texts.KeyFigureUnit,
            Columns = withExpected ? columns : columns.Where((_, i) => i != ExpectedColumn).ToArray(),
            Rows = withExpected ? rows : rows.Select(r => new TableRow(r.Cells.Where((_, i) => i != ExpectedColumn).ToArray(), r.IsTotal)).ToArray(),
            Notes = [texts.KeyFigureNote],
        };
    }

    private static TableRow Row(RunContext context, TableCell key, ClusterYearSummary s, bool isTotal)
    {
        var interval = s.CiLow is { } low && s.CiHigh is { } high ? TableCell.Of(context.Interval(low, high)) : TableCell.Empty;
        return new TableRow(
            [
                key,
                s.NMembers,
                s.Suppressed ? TableCell.Suppressed : RunContext.Compared(s),
                Value(s.VaTotal / 1e6, s.Suppressed),
                Value(s.ClusterLp, s.Suppressed),
                Value(s.ExpectedLp, s.Suppressed),
                Value(s.PremiumAdjusted, s.Suppressed),
                Value(s.ShareAboveMedian, s.Suppressed),
                Value(s.MeanLogRatio is { } m ? RunContext.Geometric(m) : null, s.Suppressed),
                s.Suppressed ? TableCell.Suppressed : interval,
            ],
            isTotal);
    }

    internal static TableCell Value(double? value, bool suppressed) =>
        suppressed ? TableCell.Suppressed : TableCell.Of(value);
}
