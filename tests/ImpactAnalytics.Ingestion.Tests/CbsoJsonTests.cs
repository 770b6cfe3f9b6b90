using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class CbsoJsonTests
{
    private static string Filing(string reference, string firm, string deposit, string start, string end, string model, params (string Code, string Period, string Value)[] rubrics) =>
        "{\n" +
        $"  \"ReferenceNumber\": \"{reference}\",\n" +
        $"  \"EnterpriseNumber\": \"{firm}\",\n" +
        $"  \"DepositDate\": \"{deposit}\",\n" +
        $"  \"ModelType\": \"{model}\",\n" +
        $"  \"ExerciseDates\": {{ \"startDate\": \"{start}\", \"endDate\": \"{end}\" }},\n" +
        "  \"Rubrics\": [\n" +
        string.Join(",\n", rubrics.Select(r => $"    {{ \"Code\": \"{r.Code}\", \"Period\": \"{r.Period}\", \"Value\": \"{r.Value}\" }}")) +
        "\n  ]\n}\n";

    [Fact]
    public void The_latest_deposit_of_a_financial_year_wins_and_the_earlier_one_is_counted_as_skipped()
    {
        using var dir = new TempFolder();
        dir.Write("filings/a.json", Filing("2021-00000001", "0878065378", "2021-06-30", "2020-01-01", "2020-12-31", "m02-f", ("9900", "N", "100"), ("9900", "N-1", "80")));
        dir.Write("filings/b.json", Filing("2021-00000099", "0878065378", "2021-09-15", "2020-01-01", "2020-12-31", "m02-f", ("9900", "N", "120"), ("1003", "N", "3.5")));

        var result = dir.Run(Path.Combine(dir.Path, "filings"));

        NoErrors(result);
        var panel = result.Panel;
        var a = panel.FindFirm(TempFolder.FirmA);
        Assert.Equal(120.0, panel.Value(panel.FindRow(a, 2020), Rubric.GrossMargin));
        Assert.Equal(FilingScheme.Abbreviated, panel.RowScheme[panel.FindRow(a, 2020)]);
        Assert.Equal(-1, panel.FindRow(a, 2019));
        var superseded = Single(result, IssueCodes.FilingsSupersededDeposit);
        Assert.Equal(("filings/a.json", Severity.Info), (superseded.File, superseded.Severity));
        var first = Accounting(result, "filings/a.json");
        Assert.Equal((2L, 2L, 0L, 2L), (first.RowsRead, first.RowsUsed, first.RowsQuarantined, first.RowsSkipped));
        Counts(result, "filings/b.json", 2, 2, 0);
    }

    [Fact]
    public void Comparatives_fill_a_year_without_its_own_filing_and_exercise_dates_give_the_months()
    {
        using var dir = new TempFolder();
        dir.Write("filings/2021.json", Filing("2022-1", "0878065378", "2022-05-01", "2020-07-01", "2021-12-31", "m01-f", ("70", "N", "1800"), ("70", "N-1", "500"), ("20/58", "N", "900")));

        var result = dir.Run(Path.Combine(dir.Path, "filings"));

        var panel = result.Panel;
        var a = panel.FindFirm(TempFolder.FirmA);
        var y2021 = panel.FindRow(a, 2021);
        Assert.Equal((byte)18, panel.RowMonths[y2021]);
        Assert.Equal(1200.0, panel.Value(y2021, Rubric.Turnover));
        Assert.Equal(900.0, panel.Value(y2021, Rubric.TotalAssets));
        Assert.Equal(500.0, panel.Value(panel.FindRow(a, 2020), Rubric.Turnover));
        Issue(result, IssueCodes.AccountsFinancialYearLength, "filings/2021.json", 8, "months", Severity.Warning);
    }

    [Fact]
    public void Bad_rubric_entries_are_quarantined_at_their_line()
    {
        using var dir = new TempFolder();
        dir.Write("filings/x.json", Filing("R1", "BE 0878.065.378", "2021-06-30", "2020-01-01", "2020-12-31", "VOL",
            ("70", "N", "12,5x"), ("1003", "N", "-1"), ("60", "N", "5"), ("60", "N", "6"), ("61", "N+1", "1"), ("9125", "N", "1")));

        var result = dir.Run(Path.Combine(dir.Path, "filings"));

        Issue(result, IssueCodes.AccountsValueNonNumeric, "filings/x.json", 8, "Value");
        Issue(result, IssueCodes.AccountsFteNegative, "filings/x.json", 9, "Value");
        Issue(result, IssueCodes.AccountsDuplicate, "filings/x.json", 11, "Code");
        Issue(result, IssueCodes.AccountsPeriodMalformed, "filings/x.json", 12, "Period");
        Assert.Equal(Severity.Info, Single(result, IssueCodes.AccountsCodeUnused).Severity);
        Counts(result, "filings/x.json", 6, 2, 4);
        Assert.Equal(5.0, result.Panel.Value(0, Rubric.GoodsForResale));
    }

    [Fact]
    public void A_filing_of_an_unregistered_firm_or_without_an_end_date_is_quarantined_whole()
    {
        using var dir = new TempFolder();
        dir.Write("filings/u.json", Filing("R1", "0314595348", "2021-06-30", "2020-01-01", "2020-12-31", "m01", ("70", "N", "1"), ("60", "N", "1")));
        dir.Write("filings/v.json", Filing("R2", "0878065378", "2021-06-30", "2020-01-01", "", "m01", ("70", "N", "1")));

        var result = dir.Run(Path.Combine(dir.Path, "filings"));

        Assert.Equal(2, result.Issues.Count(i => i.Code == IssueCodes.AccountsFirmNotInRegister && i.File == "filings/u.json"));
        Issue(result, IssueCodes.FilingsMissingField, "filings/v.json", 0, "ExerciseDates.endDate");
        Counts(result, "filings/u.json", 2, 0, 2);
        Counts(result, "filings/v.json", 1, 0, 1);
        Assert.Equal(0, result.Panel.RowCount);
    }

    [Fact]
    public void A_single_filing_can_be_given_as_the_accounts_file()
    {
        using var dir = new TempFolder();
        var file = dir.Write("one.json", Filing("R1", "0878065378", "2021-06-30", "2020-01-01", "2020-12-31", "m07-f", ("9900", "N", "77.5")));

        var result = dir.Run(file);

        NoErrors(result);
        Assert.Equal(77.5, result.Panel.Value(0, Rubric.GrossMargin));
        Assert.Equal(FilingScheme.Micro, result.Panel.RowScheme[0]);
        Counts(result, "one.json", 1, 1, 0);
    }

    [Fact]
    public void Malformed_json_empty_files_and_empty_folders_are_clear_errors()
    {
        using var dir = new TempFolder();
        dir.Write("filings/broken.json", "{\n  \"Rubrics\": [\n    { \"Code\": \"70\", \n");
        dir.Write("filings/empty.json", string.Empty);
        Directory.CreateDirectory(Path.Combine(dir.Path, "none"));

        var result = dir.Run(Path.Combine(dir.Path, "filings"));
        var none = dir.Run(Path.Combine(dir.Path, "none"));

        Assert.Equal("filings/broken.json", Single(result, IssueCodes.FilingsMalformed).File);
        Issue(result, IssueCodes.FileEmpty, "filings/empty.json", 0, string.Empty);
        Issue(none, IssueCodes.FilingsEmptyFolder, "none", 0, string.Empty);
    }
}
