using ImpactAnalytics.Core.Quality;

namespace ImpactAnalytics.Ingestion.Tests;

internal static class Assertions
{
    /// <summary>Finds the single issue with this code; fails listing all issues when there is not exactly one.</summary>
    public static DataIssue Single(IngestionResult result, string code)
    {
        var matches = result.Issues.Where(i => i.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, found {matches.Count}: {Describe(result)}");
        return matches[0];
    }

    public static void Issue(IngestionResult result, string code, string file, long line, string column, Severity severity = Severity.Error)
    {
        var issue = Single(result, code);
        Assert.Equal((file, line, column, severity), (issue.File, issue.Line, issue.Column, issue.Severity));
    }

    public static FileAccounting Accounting(IngestionResult result, string file)
    {
        var accounting = result.Files.Single(f => f.File == file);
        Assert.Equal(accounting.RowsRead, accounting.RowsUsed + accounting.RowsQuarantined);
        Assert.Equal(accounting.RowsQuarantined, result.Quarantine.Count(q => q.File == file));
        return accounting;
    }

    public static void Counts(IngestionResult result, string file, long read, long used, long quarantined)
    {
        var a = Accounting(result, file);
        Assert.Equal((read, used, quarantined), (a.RowsRead, a.RowsUsed, a.RowsQuarantined));
    }

    public static void NoErrors(IngestionResult result) =>
        Assert.False(result.HasErrors, Describe(result));

    public static string Describe(IngestionResult result) =>
        string.Join(" | ", result.Issues.Select(i => $"{i.File}:{i.Line}:{i.Column} {i.Code} {i.Message}"));
}
