using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class AccountsLongFormTests
{
    private const string Header = "enterprise_number,year,scheme,code,value\n";

    [Fact]
    public void Rows_are_pivoted_into_firm_years_whatever_their_order()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header +
            "0878065378,2020,VOL,70,1000000\n" +
            "0437910359,2020,VKT,9900,250000.75\n" +
            "0878065378,2021,VOL,70,1100000\n" +
            "0878065378,2020,VOL,1003,10.5\n" +
            "0437910359,2020,VKT,9087,3\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        var panel = result.Panel;
        Assert.Equal(3, panel.RowCount);
        var a = panel.FindFirm(TempFolder.FirmA);
        var row = panel.FindRow(a, 2020);
        Assert.Equal(1_000_000.0, panel.Value(row, Rubric.Turnover));
        Assert.Equal(10.5, panel.Value(row, Rubric.EmployeesFte));
        Assert.Equal(FilingScheme.Full, panel.RowScheme[row]);
        var b = panel.FindRow(panel.FindFirm(TempFolder.FirmB), 2020);
        Assert.Equal(250_000.75, panel.Value(b, Rubric.GrossMargin));
        Assert.Equal(FilingScheme.Abbreviated, panel.RowScheme[b]);
        Assert.Null(panel.Value(b, Rubric.Turnover));
        Counts(result, "accounts.csv", read: 5, used: 5, quarantined: 0);
    }

    [Fact]
    public void Gzip_input_is_read_like_plain_text()
    {
        using var dir = new TempFolder();
        var accounts = dir.WriteGzip("accounts.csv.gz", Header + "0878065378,2020,VOL,70,1000000\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        Assert.Equal(1, result.Panel.RowCount);
        Counts(result, "accounts.csv.gz", 1, 1, 0);
    }

    [Theory]
    [InlineData("0878.065.378")]
    [InlineData("BE0878065378")]
    [InlineData("BE 0878.065.378")]
    [InlineData("878065378")]
    public void Enterprise_number_spellings_all_reach_the_same_firm(string spelling)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + $"\"{spelling}\",2020,VOL,70,5\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        Assert.Equal(TempFolder.FirmA, result.Panel.FirmIds[result.Panel.RowFirm[0]]);
    }

    [Theory]
    [InlineData("0878065379", IssueCodes.EnterpriseNumberCheckDigits)]
    [InlineData("08780653", IssueCodes.EnterpriseNumberMalformed)]
    [InlineData("ABC", IssueCodes.EnterpriseNumberMalformed)]
    public void A_bad_enterprise_number_is_quarantined_with_its_line_and_column(string number, string code)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0878065378,2020,VOL,70,5\n" + number + ",2020,VOL,60,1\n");

        var result = dir.Run(accounts);

        Issue(result, code, "accounts.csv", 3, "enterprise_number");
        Counts(result, "accounts.csv", 2, 1, 1);
        var q = Assert.Single(result.Quarantine);
        Assert.Equal((3L, code), (q.Line, q.Code));
        Assert.Equal([number, "2020", "VOL", "60", "1"], q.Fields);
    }

    [Theory]
    [InlineData("20x0")]
    [InlineData("1700")]
    [InlineData("")]
    public void A_malformed_year_is_quarantined(string year)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + $"0878065378,{year},VOL,70,5\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.YearMalformed, "accounts.csv", 2, "year");
        Counts(result, "accounts.csv", 1, 0, 1);
    }

    [Theory]
    [InlineData("12a", IssueCodes.AccountsValueNonNumeric)]
    [InlineData("1.2.3", IssueCodes.AccountsValueNonNumeric)]
    [InlineData("", IssueCodes.AccountsValueMissing)]
    public void A_bad_value_is_quarantined(string value, string code)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0878065378,2020,VOL,70,5\n0878065378,2020,VOL,60," + value + "\n");

        var result = dir.Run(accounts);

        Issue(result, code, "accounts.csv", 3, "value");
        Counts(result, "accounts.csv", 2, 1, 1);
        Assert.False(result.Panel.Has(0, Rubric.GoodsForResale));
    }

    [Theory]
    [InlineData("1003")]
    [InlineData("9087")]
    public void Negative_fte_is_quarantined(string code)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + $"0878065378,2020,VOL,{code},-2.5\n0878065378,2020,VOL,70,-5\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsFteNegative, "accounts.csv", 2, "value");
        Assert.Equal(-5.0, result.Panel.Value(0, Rubric.Turnover));
        Counts(result, "accounts.csv", 2, 1, 1);
    }

    [Fact]
    public void An_implausibly_large_value_is_quarantined_rather_than_overflowing_annualisation()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value,months\n0878065378,2020,VOL,70,1e308,6\n0878065378,2020,VOL,60,5,6\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsValueOutOfRange, "accounts.csv", 2, "value");
        Assert.Equal(10.0, result.Panel.Value(0, Rubric.GoodsForResale));
        Counts(result, "accounts.csv", 2, 1, 1);
    }

    [Fact]
    public void A_duplicate_firm_year_code_keeps_the_first_and_names_both_lines()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header +
            "0878065378,2020,VOL,70,100\n0437910359,2020,VKT,9900,7\n0878065378,2020,VOL,70,999\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsDuplicate, "accounts.csv", 4, "code");
        Assert.Contains("line 2", Single(result, IssueCodes.AccountsDuplicate).Message, StringComparison.Ordinal);
        Assert.Contains("line 4", Single(result, IssueCodes.AccountsDuplicate).Message, StringComparison.Ordinal);
        var a = result.Panel.FindRow(result.Panel.FindFirm(TempFolder.FirmA), 2020);
        Assert.Equal(100.0, result.Panel.Value(a, Rubric.Turnover));
        Counts(result, "accounts.csv", 3, 2, 1);
    }

    [Fact]
    public void Codes_the_engine_does_not_use_are_counted_as_info_not_errors()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0878065378,2020,VOL,70,100\n0878065378,2020,VOL,10/15,5\n0878065378,2020,VOL,9125,1\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        var info = Single(result, IssueCodes.AccountsCodeUnused);
        Assert.Equal((Severity.Info, 3L), (info.Severity, info.Line));
        Assert.Contains("2 rows", info.Message, StringComparison.Ordinal);
        var a = Accounting(result, "accounts.csv");
        Assert.Equal((3L, 3L, 0L, 2L), (a.RowsRead, a.RowsUsed, a.RowsQuarantined, a.RowsSkipped));
    }

    [Fact]
    public void Accounts_of_a_firm_missing_from_the_register_are_quarantined_with_one_issue_per_firm()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0314595348,2020,VOL,70,1\n0878065378,2020,VOL,70,2\n0314595348,2020,VOL,60,3\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsFirmNotInRegister, "accounts.csv", 2, "enterprise_number");
        Assert.Equal([2L, 4L], result.Quarantine.Select(q => q.Line));
        Counts(result, "accounts.csv", 3, 1, 2);
    }

    [Fact]
    public void Years_outside_the_study_are_skipped_and_counted()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0878065378,2012,VOL,70,1\n0878065378,2020,VOL,70,2\n");

        var result = dir.Run(accounts, options: new IngestOptions { FirstYear = 2014, LastYear = 2023 });

        Assert.Equal(2020, Assert.Single(result.Panel.RowYear));
        Assert.Equal(Severity.Info, Single(result, IssueCodes.YearOutsideStudy).Severity);
        Assert.Equal(1, Accounting(result, "accounts.csv").RowsSkipped);
    }

    [Fact]
    public void A_long_financial_year_is_annualised_for_flows_only_and_flagged()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value,months\n" +
            "0878065378,2020,VOL,70,1800,18\n0878065378,2020,VOL,20/58,500,18\n0878065378,2020,VOL,1003,4,18\n");

        var result = dir.Run(accounts);

        var warning = Single(result, IssueCodes.AccountsFinancialYearLength);
        Assert.Equal((Severity.Warning, 2L), (warning.Severity, warning.Line));
        Assert.Equal(1200.0, result.Panel.Value(0, Rubric.Turnover));
        Assert.Equal(500.0, result.Panel.Value(0, Rubric.TotalAssets));
        Assert.Equal(4.0, result.Panel.Value(0, Rubric.EmployeesFte));
        Assert.Equal(18, result.Panel.RowMonths[0]);
    }

    [Fact]
    public void Months_out_of_range_are_quarantined()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value,months\n0878065378,2020,VOL,70,1800,40\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsMonthsMalformed, "accounts.csv", 2, "months");
    }

    [Fact]
    public void Period_N_is_preferred_and_N_minus_1_fills_a_year_without_its_own_filing()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value,period\n" +
            "0878065378,2021,VOL,70,210,N-1\n" + // comparative for 2020 in the 2021 filing
            "0878065378,2021,VOL,70,300,N\n" +
            "0878065378,2020,VOL,70,200,N\n" + // 2020's own filing replaces the comparative
            "0878065378,2020,VOL,60,90,N-1\n" + // comparative for 2019: no 2019 filing, so used
            "0878065378,2020,VOL,61,11,N-1\n");

        var result = dir.Run(accounts);

        NoErrors(result);
        var panel = result.Panel;
        var a = panel.FindFirm(TempFolder.FirmA);
        Assert.Equal(200.0, panel.Value(panel.FindRow(a, 2020), Rubric.Turnover));
        Assert.Equal(300.0, panel.Value(panel.FindRow(a, 2021), Rubric.Turnover));
        Assert.Equal(90.0, panel.Value(panel.FindRow(a, 2019), Rubric.GoodsForResale));
        Assert.Equal(1, Accounting(result, "accounts.csv").RowsSkipped);
        Assert.Equal(Severity.Info, Single(result, IssueCodes.AccountsPriorPeriodSuperseded).Severity);
    }

    [Fact]
    public void A_fiscal_year_end_date_gives_the_year()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,fiscal_year_end,scheme,code,value\n" +
            "0878065378,2020-06-30,VOL,70,1\n0878065378,31/12/2021,VOL,70,2\n0878065378,2022-13-01,VOL,70,3\n");

        var result = dir.Run(accounts);

        Assert.Equal([2020, 2021], result.Panel.RowYear);
        Issue(result, IssueCodes.DateMalformed, "accounts.csv", 4, "fiscal_year_end");
    }

    [Fact]
    public void A_bad_scheme_or_period_is_quarantined()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value,period\n" +
            "0878065378,2020,XYZ,70,1,N\n0878065378,2020,VOL,70,1,N-2\n");

        var result = dir.Run(accounts);

        Issue(result, IssueCodes.AccountsSchemeMalformed, "accounts.csv", 2, "scheme");
        Issue(result, IssueCodes.AccountsPeriodMalformed, "accounts.csv", 3, "period");
        Counts(result, "accounts.csv", 2, 0, 2);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_quarantined()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", Header + "0878065378,2020,VOL,70\n0878065378,2020,VOL,60,1,extra\n");

        var result = dir.Run(accounts);

        Assert.Equal([2L, 3L], result.Issues.Where(i => i.Code == IssueCodes.RowFieldCount).Select(i => i.Line));
        Counts(result, "accounts.csv", 2, 0, 2);
    }

    [Fact]
    public void A_required_column_missing_from_the_header_is_a_file_error()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,value\n0878065378,2020,VOL,1\n");

        var result = dir.Run(accounts);

        var issue = Single(result, IssueCodes.FileMissingColumn);
        Assert.Equal((0L, Severity.Error), (issue.Line, issue.Severity));
        Assert.Contains("'code'", issue.Message, StringComparison.Ordinal);
    }
}
