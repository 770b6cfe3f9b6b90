using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// The register's fields are read from their bytes where they can be; spellings that need the text (padding,
/// non-ASCII letters, a non-breaking space) must give the same firms and issues.
/// </summary>
public sealed class RegisterSpellingTests
{
    [Fact]
    public void Padded_prefixed_and_accented_register_fields_read_as_their_trimmed_text()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", "enterprise_number,name,nace,region,founded\n" +
            "BE 0878.065.378, Alpha NV ,20160, Liège , 2001\n" +
            "\u00A00437910359,Beta,10710,Liège,1999 \n" +
            "0200065765,Gamma,10710,Antwerpen,\n");

        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,1\n");

        var result = dir.Run(accounts, register: register);

        NoErrors(result);
        var panel = result.Panel;
        var a = panel.FindFirm(TempFolder.FirmA);
        var b = panel.FindFirm(TempFolder.FirmB);
        Assert.Equal(("Alpha NV", "Liège", 2001), (panel.FirmNames[a], panel.RegionTable[panel.FirmRegion[a]], panel.FirmFounded[a]));
        Assert.Equal(("Liège", 1999), (panel.RegionTable[panel.FirmRegion[b]], panel.FirmFounded[b]));
        Assert.Equal(2, panel.RegionTable.Length);
        Counts(result, "register.csv", 3, 3, 0);
    }

    [Fact]
    public void A_number_failing_its_check_digits_and_a_second_row_for_a_firm_are_rejected_in_file_order()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", "enterprise_number,nace\n" +
            "0878065378,20160\n" +
            "0878065379,20160\n" +
            "0878.065.378,10710\n");

        var result = dir.Run(register: register);

        Issue(result, IssueCodes.EnterpriseNumberCheckDigits, "register.csv", 3, "enterprise_number");
        Issue(result, IssueCodes.RegisterDuplicate, "register.csv", 4, "enterprise_number");
        Assert.Contains("fails the mod-97 check", Single(result, IssueCodes.EnterpriseNumberCheckDigits).Message, StringComparison.Ordinal);
        Assert.Contains("line 2", Single(result, IssueCodes.RegisterDuplicate).Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Panel.FirmCount);
        Counts(result, "register.csv", 3, 1, 2);
    }
}
