using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Benchmarks;

/// <summary>The parsing every benchmark reader shares: NACE codes, years and values, with their issues.</summary>
internal sealed class BenchmarkRows(string file, NaceClassification? rev2)
{
    public string File => file;

    public List<ExternalBenchmark> Accepted { get; } = [];

    public List<DataIssue> Issues { get; } = [];

    public ExternalBenchmarkResult Result() => new(Accepted.ToArray(), Issues.ToArray());

    public void Issue(long line, string column, string code, string message, Severity severity) =>
        Issues.Add(new DataIssue(file, line, column, code, message, severity));

    /// <summary>
    /// Whether every required column was found (index ≥ 0); otherwise one
    /// <see cref="ExternalBenchmarkIssueCodes.ColumnMissing"/> error on line 1 naming the first missing column, with
    /// the message "expected <paramref name="expected"/>; missing …".
    /// </summary>
    public bool RequireColumns(string expected, params (string Name, int Index)[] columns)
    {
        var missing = columns.Where(c => c.Index < 0).Select(c => c.Name).ToArray();
        if (missing.Length == 0)
        {
            return true;
        }

        Issue(1, missing[0], ExternalBenchmarkIssueCodes.ColumnMissing, $"expected {expected}; missing {string.Join(", ", missing)}", Severity.Error);
        return false;
    }

    /// <summary>The Rev. 2 code, or <c>null</c> (with a warning) for aggregates and codes not in the classification.</summary>
    public NaceCode? Nace(string text, long line, string column)
    {
        var parsed = NaceCode.Parse(text, NaceVersion.Rev2);
        string? problem = parsed.Success ? null : parsed.Error;
        if (parsed.Success && rev2 is not null && !rev2.Contains(parsed.Value))
        {
            problem = $"NACE code '{text}' reads as {parsed.Value.Level} {parsed.Value.Code}, which NACE Rev. 2 does not have";
        }

        if (problem is null)
        {
            return parsed.Value;
        }

        Issue(line, column, ExternalBenchmarkIssueCodes.NaceUnknown, $"expected a NACE Rev. 2 code; {problem}; kept without a NACE code", Severity.Warning);
        return null;
    }

    public int? Year(string text, long line, string column)
    {
        var t = text.Trim();
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Issue(line, column, ExternalBenchmarkIssueCodes.YearInvalid, $"expected a four-digit year; found '{text}'", Severity.Error);
        return null;
    }

    /// <summary>Parses a value cell: <c>(true, number)</c>, <c>(true, null)</c> when empty, <c>(false, null)</c> when not a number.</summary>
    public (bool Ok, double? Value) Value(string text, string flags, long line, string column)
    {
        var t = text.Trim();
        if (t.Length == 0 || t == ":")
        {
            if (!flags.Contains('c', StringComparison.Ordinal))
            {
                Issue(line, column, ExternalBenchmarkIssueCodes.ValueMissing, "no value and no confidentiality flag; kept without a value", Severity.Info);
            }

            return (true, null);
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            // Confidential observations carry no value even where a file writes one.
            return (true, flags.Contains('c', StringComparison.Ordinal) ? null : value);
        }

        Issue(line, column, ExternalBenchmarkIssueCodes.ValueNotNumeric, $"expected a number (invariant culture, '.' as decimal point); found '{text}'", Severity.Error);
        return (false, null);
    }
}
