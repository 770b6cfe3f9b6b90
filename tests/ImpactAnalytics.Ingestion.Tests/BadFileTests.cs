using System.Text;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class BadFileTests
{
    [Fact]
    public void An_empty_file_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", string.Empty);

        var result = dir.Run(accounts);

        var issue = Single(result, IssueCodes.FileEmpty);
        Assert.Equal(("accounts.csv", 0L, Severity.Error), (issue.File, issue.Line, issue.Severity));
        Assert.Contains("accounts.csv", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_only_file_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.FileHeaderOnly, "accounts.csv", 0, string.Empty);
        Counts(result, "accounts.csv", 0, 0, 0);
    }

    [Fact]
    public void A_binary_file_renamed_csv_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var accounts = dir.WriteBytes("accounts.csv", bytes);

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.FileBinary, "accounts.csv", 0, string.Empty);
        Assert.Equal(0, result.Panel.RowCount);
    }

    [Fact]
    public void A_workbook_renamed_csv_is_named_as_such()
    {
        using var dir = new TempFolder();
        var xlsx = XlsxFile.Write(dir.Path, "members.xlsx", [["enterprise_number", "cluster", "start_year"]]);
        var renamed = dir.WriteBytes("memberships.csv", File.ReadAllBytes(xlsx));

        var result = dir.Run(memberships: renamed);

        Issue(result, IssueCodes.FileZip, "memberships.csv", 0, string.Empty);
    }

    [Fact]
    public void A_truncated_gzip_file_is_a_clear_error_and_the_rows_before_the_cut_are_accounted_for()
    {
        using var dir = new TempFolder();
        var text = new StringBuilder("enterprise_number,year,scheme,code,value\n");
        for (var year = 1900; year < 2100; year++)
        {
            text.Append("0878065378,").Append(year).Append(",VOL,70,").Append(year * 7).Append('\n');
        }

        var full = dir.WriteGzip("full.csv.gz", text.ToString());
        var bytes = File.ReadAllBytes(full);
        var accounts = dir.WriteBytes("accounts.csv.gz", bytes[..^6]);

        var result = dir.Run(accounts);

        var issue = Single(result, IssueCodes.FileTruncated);
        Assert.Equal(("accounts.csv.gz", Severity.Error), (issue.File, issue.Severity));
        Assert.Contains("truncated", issue.Message, StringComparison.Ordinal);
        Accounting(result, "accounts.csv.gz");
    }

    [Fact]
    public void A_gzip_file_cut_in_half_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"0878065378,{1900 + (i % 200)},VOL,9{i % 10}00,{i}\n"));
        var full = dir.WriteGzip("full.csv.gz", "enterprise_number,year,scheme,code,value\n" + rows);
        var bytes = File.ReadAllBytes(full);
        var accounts = dir.WriteBytes("accounts.csv.gz", bytes[..(bytes.Length / 2)]);

        var result = dir.Run(accounts);

        Assert.Equal(Severity.Error, Single(result, IssueCodes.FileTruncated).Severity);
        Accounting(result, "accounts.csv.gz");
    }

    [Fact]
    public void A_plain_file_cut_inside_a_quoted_field_quarantines_the_last_record()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,1\n0878065378,2020,VOL,\"60,");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.RowUnclosedQuote, "accounts.csv", 3, string.Empty);
        Counts(result, "accounts.csv", 2, 1, 1);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        using var dir = new TempFolder();

        var result = dir.Run(Path.Combine(dir.Path, "nope.csv"));

        Issue(result, IssueCodes.FileNotFound, "nope.csv", 0, string.Empty);
    }

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        using var dir = new TempFolder();
        var accounts = dir.WriteBytes("accounts.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("enterprise_number\tyear\n")).ToArray());

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.FileUtf16, "accounts.csv", 0, string.Empty);
    }

    [Fact]
    public void No_accounts_at_all_is_an_error_but_the_register_is_still_read()
    {
        using var dir = new TempFolder();

        var result = dir.Run();

        Assert.Equal(IssueCodes.InputsNoAccounts, Assert.Single(result.Issues).Code);
        Assert.Equal(3, result.Panel.FirmCount);
    }
}
