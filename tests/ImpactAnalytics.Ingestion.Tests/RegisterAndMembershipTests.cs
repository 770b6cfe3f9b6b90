using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Quality;
using static ImpactAnalytics.Ingestion.Tests.Assertions;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class RegisterAndMembershipTests
{
    [Fact]
    public void The_register_gives_names_sectors_regions_and_founding_years()
    {
        using var dir = new TempFolder();

        var result = dir.Run(dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n0878065378,2020,VOL,70,1\n"));

        NoErrors(result);
        var panel = result.Panel;
        var a = panel.FindFirm(TempFolder.FirmA);
        Assert.Equal(("Alpha NV", "20160", NaceVersion.NaceBel2008, "Antwerpen", 1990), (panel.FirmNames[a], panel.NaceOf(a).Code, panel.NaceOf(a).Version, panel.RegionTable[panel.FirmRegion[a]], panel.FirmFounded[a]));
        Assert.Null(panel.FirmFounded[panel.FindFirm(TempFolder.FirmC)]);
        Counts(result, "register.csv", 3, 3, 0);
    }

    [Theory]
    [InlineData("NACE Rev. 2", "20.16", NaceVersion.Rev2)]
    [InlineData("NACE Rev. 2.1", "20.16", NaceVersion.Rev21)]
    [InlineData("NACE-BEL 2008", "20160", NaceVersion.NaceBel2008)]
    [InlineData("", "20160", NaceVersion.NaceBel2008)]
    public void The_nace_version_column_names_the_edition(string version, string code, NaceVersion expected)
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", $"enterprise_number,nace,nace_version\n0878065378,{code},{version}\n");

        var result = dir.Run(register: register, memberships: dir.Write("m.csv", "enterprise_number,cluster,start_year,end_year\n0878065378,SIM,2019,2020\n"));

        Assert.Equal(expected, result.Panel.NaceTable.Single().Version);
    }

    [Fact]
    public void Without_a_version_column_the_default_edition_applies()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", "enterprise_number,nace\n0878065378,20.16\n");

        var result = dir.Run(register: register, options: new IngestOptions { DefaultNaceVersion = NaceVersion.Rev2 },
            memberships: dir.Write("m.csv", "enterprise_number,cluster,start_year\n0878065378,SIM,2019\n"));

        Assert.Equal(NaceVersion.Rev2, result.Panel.NaceTable.Single().Version);
    }

    [Fact]
    public void Register_rows_with_bad_codes_versions_or_duplicates_are_quarantined()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", "enterprise_number,nace,nace_version,founded\n" +
            "0878065378,20160,NACE-BEL 2008,19x0\n" +
            "0437910359,1071,NACE 1.1,\n" +
            "0200065765,00.00,NACE Rev. 2,\n" +
            "0878.065.378,10710,,\n" +
            "0314595348,20.17,NACE Rev. 2,\n");
        var rev2 = new NaceClassification(NaceVersion.Rev2, [new("20", "Chemicals"), new("20.1", "Basic"), new("20.16", "Plastics")]);

        var result = dir.Run(register: register, options: new IngestOptions { NaceClassifications = new Dictionary<NaceVersion, NaceClassification> { [NaceVersion.Rev2] = rev2 } },
            memberships: dir.Write("m.csv", "enterprise_number,cluster,start_year\n0878065378,SIM,2019\n"));

        Issue(result, IssueCodes.RegisterFoundedMalformed, "register.csv", 2, "founded", Core.Quality.Severity.Warning);
        Issue(result, IssueCodes.RegisterNaceVersion, "register.csv", 3, "nace_version");
        Issue(result, IssueCodes.RegisterNaceMalformed, "register.csv", 4, "nace");
        Issue(result, IssueCodes.RegisterDuplicate, "register.csv", 5, "enterprise_number");
        Assert.Contains("line 2", Single(result, IssueCodes.RegisterDuplicate).Message, StringComparison.Ordinal);
        Issue(result, IssueCodes.RegisterNaceUnknown, "register.csv", 6, "nace");
        Assert.Equal(1, result.Panel.FirmCount);
        Counts(result, "register.csv", 5, 1, 4);
    }

    [Fact]
    public void A_nace_bel_class_is_checked_against_nace_rev2_when_the_bel_list_lacks_it()
    {
        using var dir = new TempFolder();
        var register = dir.Write("register.csv", "enterprise_number,nace\n0878065378,20.16\n0437910359,20160\n");
        var bel = new NaceClassification(NaceVersion.NaceBel2008, [new("20160", "Fabrication")]);
        var rev2 = new NaceClassification(NaceVersion.Rev2, [new("20.16", "Plastics")]);
        var options = new IngestOptions
        {
            NaceClassifications = new Dictionary<NaceVersion, NaceClassification> { [NaceVersion.NaceBel2008] = bel, [NaceVersion.Rev2] = rev2 },
        };

        var result = dir.Run(register: register, options: options, memberships: dir.Write("m.csv", "enterprise_number,cluster,start_year\n0878065378,SIM,2019\n"));

        Assert.Equal(2, result.Panel.FirmCount);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.RegisterNaceUnknown);
    }

    [Fact]
    public void Membership_spells_are_validated_against_the_register_and_themselves()
    {
        using var dir = new TempFolder();
        var memberships = dir.Write("memberships.csv", "enterprise_number,cluster,start_year,end_year\n" +
            "0878065378,Catalisti,2018,\n" +
            "0437910359,VIL,2020,2019\n" +
            "0314595348,SIM,2019,\n" +
            "0200065765,,2019,\n" +
            "0878065378,Catalisti,2018,2022\n" +
            "0200065765,Flux50,twenty,\n" +
            "0200065765,Flux50,2017,2019\n");

        var result = dir.Run(memberships: memberships);

        Issue(result, IssueCodes.MembershipEndsBeforeStart, "memberships.csv", 3, "end_year");
        Issue(result, IssueCodes.MembershipNotInRegister, "memberships.csv", 4, "enterprise_number");
        Issue(result, IssueCodes.MembershipClusterMissing, "memberships.csv", 5, "cluster");
        Issue(result, IssueCodes.MembershipDuplicate, "memberships.csv", 6, "start_year");
        Issue(result, IssueCodes.YearMalformed, "memberships.csv", 7, "start_year");
        Assert.Equal(2, result.Panel.Memberships.Length);
        Assert.Null(result.Panel.Memberships.Single(m => m.Cluster == "Catalisti").EndYear);
        Counts(result, "memberships.csv", 7, 2, 5);
    }

    [Fact]
    public void Memberships_are_read_from_the_first_sheet_of_a_workbook()
    {
        using var dir = new TempFolder();
        var xlsx = XlsxFile.Write(dir.Path, "memberships.xlsx",
        [
            ["enterprise_number", "cluster", "start_year", "end_year"],
            ["0878.065.378", "Catalisti", "2018", null],
            ["0437910359", "Flanders' FOOD", "2019", "2021"],
            ["0314595348", "SIM", "2019", null],
            ["0200065765", "VIL", "2021", "2020"],
        ]);

        var result = dir.Run(memberships: xlsx);

        Assert.Equal(["Flanders' FOOD", "Catalisti"], result.Panel.Memberships.Select(m => m.Cluster));
        Assert.Equal((TempFolder.FirmB, 2019, 2021), (result.Panel.Memberships[0].Firm, result.Panel.Memberships[0].StartYear, result.Panel.Memberships[0].EndYear));
        Assert.Equal((TempFolder.FirmA, 2018, (int?)null), (result.Panel.Memberships[1].Firm, result.Panel.Memberships[1].StartYear, result.Panel.Memberships[1].EndYear));
        Issue(result, IssueCodes.MembershipNotInRegister, "memberships.xlsx", 4, "enterprise_number");
        Issue(result, IssueCodes.MembershipEndsBeforeStart, "memberships.xlsx", 5, "end_year");
        Counts(result, "memberships.xlsx", 4, 2, 2);
        Assert.Null(result.Files.Single(f => f.File == "memberships.xlsx").Dialect);
    }

    [Fact]
    public void A_header_only_workbook_and_a_broken_workbook_are_clear_errors()
    {
        using var dir = new TempFolder();
        var headerOnly = XlsxFile.Write(dir.Path, "memberships.xlsx", [["enterprise_number", "cluster", "start_year"]]);
        var broken = dir.Write("broken.xlsx", "this is not a zip");

        var first = dir.Run(memberships: headerOnly);
        var second = dir.Run(memberships: broken);

        Issue(first, IssueCodes.FileHeaderOnly, "memberships.xlsx", 0, string.Empty);
        Issue(second, IssueCodes.FileUnreadable, "broken.xlsx", 0, string.Empty);
    }
}
