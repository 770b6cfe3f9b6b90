using ImpactAnalytics.Ingestion.Output;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Data_quality_csv_lists_every_issue_in_a_stable_order()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number;year;scheme;code;value\n0878065378;2020;VOL;70;x,y\n0878065379;2020;VOL;70;1\n");
        var result = dir.Run(accounts);
        var path = Path.Combine(dir.Path, "out", "data_quality.csv");

        result.WriteDataQuality(path);

        var lines = File.ReadAllLines(path);
        Assert.Equal("file,line,column,code,message,severity", lines[0]);
        Assert.StartsWith("accounts.csv,2,value,accounts.value-non-numeric,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("accounts.csv,3,enterprise_number,enterprise-number.check-digits,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",error", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Quarantine_files_repeat_the_original_columns_with_line_and_reason()
    {
        using var dir = new TempFolder();
        var accounts = dir.WriteGzip("accounts.csv.gz", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,\"1,5 EUR\"\n");
        var result = dir.Run(accounts);

        var written = result.WriteQuarantine(Path.Combine(dir.Path, "quarantine"));

        var path = Assert.Single(written);
        Assert.Equal("accounts.csv", Path.GetFileName(path));
        var text = File.ReadAllText(path);
        Assert.StartsWith("line,code,message,enterprise_number,year,scheme,code,value\n2,accounts.value-non-numeric,", text, StringComparison.Ordinal);
        Assert.EndsWith(",0878065378,2020,VOL,70,\"1,5 EUR\"\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accounts.csv.gz", "accounts.csv")]
    [InlineData("memberships.xlsx", "memberships.csv")]
    [InlineData("filings/2021-0001.json", "2021-0001.csv")]
    public void Quarantine_file_names_drop_compression_and_format(string input, string expected) =>
        Assert.Equal(expected, QuarantineWriter.FileName(input));
}
