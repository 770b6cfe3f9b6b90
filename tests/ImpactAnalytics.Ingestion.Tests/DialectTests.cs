using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class DialectTests
{
    [Theory]
    [InlineData(',', "1234567.5", false)]
    [InlineData(';', "1234567,5", true)]
    [InlineData(';', "1.234.567,5", true)]
    [InlineData('\t', "1234567.5", false)]
    [InlineData('\t', "1.234.567,5", true)]
    [InlineData('\t', "1 234 567,5", true)]
    [InlineData(',', "\"1,234,567.5\"", false)]
    [InlineData(',', "\"1.234.567,5\"", true)]
    public void Separator_and_decimal_mark_are_sniffed(char separator, string value, bool decimalComma)
    {
        using var dir = new TempFolder();
        var s = separator.ToString();
        var accounts = dir.Write("accounts.csv",
            string.Join(s, "enterprise_number", "year", "scheme", "code", "value") + "\n" +
            string.Join(s, "0878065378", "2020", "VOL", "70", value) + "\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        Assert.Equal(1_234_567.5, result.Panel.Value(0, Rubric.Turnover));
        var dialect = Accounting(result, "accounts.csv").Dialect!;
        Assert.Equal((separator, decimalComma), (dialect.Separator, dialect.DecimalComma));
    }

    [Fact]
    public void Semicolon_files_use_the_decimal_comma_even_when_the_values_are_whole()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number;year;scheme;code;value\n0878065378;2020;VOL;70;1.234\n");

        var result = dir.Run(accounts);

        Assert.Equal(1234.0, result.Panel.Value(0, Rubric.Turnover));
    }

    [Fact]
    public void A_utf8_bom_is_skipped_and_windows_1252_is_recognised()
    {
        using var dir = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(TempFolder.Register.Replace("Alpha NV", "Société Générale", StringComparison.Ordinal))).ToArray();
        var register = dir.WriteBytes("register-bom.csv", bom);
        var cp1252 = Encoding.GetEncoding(1252).GetBytes(TempFolder.Register.Replace("Beta BV", "Brasserie Dupré", StringComparison.Ordinal));
        var register1252 = dir.WriteBytes("register-1252.csv", cp1252);

        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,1\n");

        var fromBom = dir.Run(accounts, register: register);
        var from1252 = dir.Run(accounts, register: register1252);

        NoErrors(fromBom);
        Assert.Equal("Société Générale", fromBom.Panel.FirmNames[fromBom.Panel.FindFirm(TempFolder.FirmA)]);
        Assert.Equal("enterprise_number", fromBom.Files[0].Columns[0]);
        Assert.Equal("Brasserie Dupré", from1252.Panel.FirmNames[from1252.Panel.FindFirm(TempFolder.FirmB)]);
        Assert.Equal("windows-1252", from1252.Files[0].Dialect!.Encoding);
        Assert.Equal(Core.Quality.Severity.Info, Single(from1252, IssueCodes.FileEncodingFallback).Severity);
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_newlines_and_later_lines_are_counted_right()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv",
            "enterprise_number;name;nace;region\r\n" +
            "0878065378;\"Alpha; \"\"the first\"\"\r\nsecond line\";20160;Antwerpen\r\n" +
            "0437910359;Beta;10710;Gent\r\n" +
            "0200065765;Gamma;2x160;Hasselt\r\n");

        var result = dir.Run(register: register);

        Assert.Equal("Alpha; \"the first\"\r\nsecond line", result.Panel.FirmNames[result.Panel.FindFirm(TempFolder.FirmA)]);
        Issue(result, IssueCodes.RegisterNaceMalformed, "register.csv", 5, "nace");
        Counts(result, "register.csv", 3, 2, 1);
    }

    [Fact]
    public void A_windows_1252_byte_beyond_the_sniffed_sample_is_decoded_not_fatal()
    {
        using var dir = new TempFolder();
        var text = "enterprise_number,name,nace\n0878065378,\"" + new string('x', 70_000) + "\",20160\n0437910359,Caf\u00e9,10710\n";
        var register = dir.WriteBytes("register.csv", Encoding.GetEncoding(1252).GetBytes(text));
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,1\n");

        var result = dir.Run(accounts, register: register);

        NoErrors(result);
        Assert.Equal("utf-8", result.Files[0].Dialect!.Encoding);
        Assert.Equal("Café", result.Panel.FirmNames[result.Panel.FindFirm(TempFolder.FirmB)]);
    }

    [Fact]
    public void Blank_lines_are_not_rows()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n\n0878065378,2020,VOL,70,1\n\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        Counts(result, "accounts.csv", 1, 1, 0);
    }
}
