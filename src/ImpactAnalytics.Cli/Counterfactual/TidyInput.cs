using System.Globalization;
using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>
/// The generic commands' side of a tidy table: reading it, finding named columns and typed values, and turning
/// every problem into one <see cref="CliException"/> line that names the file, line and column.
/// </summary>
internal static class TidyInput
{
    /// <summary>Reads the table given by <c>--data</c>; any error issue ends the command with exit code 1.</summary>
    public static TidyTable Load(CliContext context, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw CliException.Usage("--data needs a file");
        }

        var result = TidyTable.Read(path);
        if (result.FirstError is { } error)
        {
            var more = result.ErrorCount > 1
                ? string.Create(CultureInfo.InvariantCulture, $" ({result.ErrorCount - 1} more error(s) in this file)")
                : string.Empty;
            throw CliException.BadInput(Format(error) + more);
        }

        var table = result.Table ?? throw CliException.BadInput($"{Path.GetFileName(path)}: no rows to read");
        foreach (var warning in result.Issues.Where(i => i.Severity == Severity.Warning))
        {
            context.Error.WriteLine($"impact: warning: {Format(warning)}");
        }

        var dialect = table.Dialect is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"separator '{(d.Separator == '\t' ? "\\t" : d.Separator.ToString())}', decimal {(d.DecimalComma ? "comma" : "point")}, {d.Encoding}")
            : "XLSX workbook";
        context.Progress(string.Create(CultureInfo.InvariantCulture, $"read {table.RowCount} rows, {table.ColumnNames.Count} columns from {table.File} ({dialect})"));
        return table;
    }

    /// <summary>The column an option names; a name the file lacks is bad input that lists the columns it has.</summary>
    public static TidyColumn Column(TidyTable table, string name, string option) =>
        table.TryGetColumn(name, out var column, out var issue)
            ? column
            : throw CliException.BadInput($"{option}: {issue.Message}");

    /// <summary>Every cell of the column as a finite number, or bad input naming the first cell that is not.</summary>
    public static double[] Numbers(TidyColumn column, string? hint = null) =>
        column.TryGetNumbers(out var values, out var issue)
            ? values
            : throw CliException.BadInput(Format(issue) + hint);

    /// <summary>Whole numbers that fit an <see cref="int"/> (periods, years), or bad input naming the first that does not.</summary>
    public static int[] Periods(TidyColumn column, string what)
    {
        var values = Numbers(column);
        var periods = new int[values.Length];
        for (var row = 0; row < values.Length; row++)
        {
            var v = values[row];
            if (v != Math.Floor(v) || v < int.MinValue || v > int.MaxValue)
            {
                throw Bad(column, row, $"{what} must be a whole number, found '{column.Text[row]}'");
            }

            periods[row] = (int)v;
        }

        return periods;
    }

    /// <summary>Bad input about one cell: file:line:column: message.</summary>
    public static CliException Bad(TidyColumn column, int row, string message) =>
        CliException.BadInput(Format(column.IssueAt(row, TidyIssueCodes.NotNumeric, message)));

    /// <summary>A comma-separated list option: trimmed names, none empty, none twice.</summary>
    public static IReadOnlyList<string> List(string? text, string option)
    {
        if (text is null)
        {
            return [];
        }

        var names = text.Split(',', StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0))
        {
            throw CliException.Usage($"{option} takes column names separated by commas, found '{text}'");
        }

        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? names : throw CliException.Usage($"{option} names column '{twice.Key}' twice");
    }

    /// <summary>Runs an estimator; an <see cref="EstimationException"/> becomes bad input (exit 1) with its message.</summary>
    public static T Estimate<T>(Func<T> estimator)
    {
        try
        {
            return estimator();
        }
        catch (EstimationException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    /// <summary>file:line:column: message (line and column left out when the issue concerns the whole file).</summary>
    public static string Format(DataIssue issue)
    {
        if (issue.Line == 0)
        {
            return issue.Message;
        }

        var where = issue.Column.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{issue.File}:{issue.Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{issue.File}:{issue.Line}:{issue.Column}");
        return $"{where}: {issue.Message}";
    }
}
