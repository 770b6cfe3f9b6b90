using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class FirmYearTableTests
{
    [Fact]
    public void A_tidy_table_is_read_through_the_column_mapping()
    {
        using var dir = new TempFolder();
        var table = dir.Write("orbis.csv",
            "BvD ID;Jaar;Toegevoegde waarde;Werknemers;Omzet\n" +
            "BE0878065378;2020;1.234.567,89;12,5;\n" +
            "BE0437910359;2020;500;3;9.000\n");
        var mapping = new Dictionary<string, string>
        {
            [FirmYearFields.EnterpriseNumber] = "BvD ID",
            [FirmYearFields.Year] = "Jaar",
            ["value_added"] = "Toegevoegde waarde",
            ["employees_fte"] = "Werknemers",
            ["turnover"] = "Omzet",
        };

        var result = dir.Run(firmYears: table, mapping: mapping);

        NoErrors(result);
        var panel = result.Panel;
        var a = panel.FindRow(panel.FindFirm(TempFolder.FirmA), 2020);
        Assert.Equal(1_234_567.89, panel.Value(a, Rubric.ValueAddedGiven));
        Assert.Equal(12.5, panel.Value(a, Rubric.EmployeesFte));
        Assert.Null(panel.Value(a, Rubric.Turnover));
        Assert.Equal(9000.0, panel.Value(panel.FindRow(panel.FindFirm(TempFolder.FirmB), 2020), Rubric.Turnover));
        Counts(result, "orbis.csv", 2, 2, 0);
    }

    [Fact]
    public void Unmapped_fields_are_found_by_name_or_nbb_code_and_bad_rows_are_rejected_whole()
    {
        using var dir = new TempFolder();
        var table = dir.Write("firms.csv",
            "enterprise_number,year,9900,employees_fte\n" +
            "0878065378,2020,100,2\n" +
            "0878065378,2020,110,2\n" +
            "0437910359,2020,abc,2\n" +
            "0437910359,2021,100,-1\n" +
            "0314595348,2020,1,1\n");

        var result = dir.Run(firmYears: table);

        Issue(result, IssueCodes.AccountsDuplicate, "firms.csv", 3, "year");
        Issue(result, IssueCodes.AccountsValueNonNumeric, "firms.csv", 4, "9900");
        Issue(result, IssueCodes.AccountsFteNegative, "firms.csv", 5, "employees_fte");
        Issue(result, IssueCodes.AccountsFirmNotInRegister, "firms.csv", 6, "enterprise_number");
        Assert.Equal(FilingScheme.Abbreviated, Assert.Single(result.Panel.RowScheme));
        Counts(result, "firms.csv", 5, 1, 4);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_a_file_error()
    {
        using var dir = new TempFolder();
        var table = dir.Write("firms.csv", "enterprise_number,year,va\n0878065378,2020,1\n");

        var result = dir.Run(firmYears: table, mapping: new Dictionary<string, string> { ["value_added"] = "VA (kEUR)" });

        Assert.Contains("VA (kEUR)", Single(result, IssueCodes.FileMissingColumn).Message, StringComparison.Ordinal);
    }
}
