using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Tables;

namespace ImpactAnalytics.Ingestion.Tests.Nace;

public sealed class NaceClassificationsTests
{
    private static readonly IReadOnlyDictionary<NaceVersion, NaceClassification> All = NaceClassifications.Load(RepositoryData.NaceFolder);

    [Theory]
    [InlineData(NaceVersion.Rev2, 21, 88, 272, 615, 0)]
    [InlineData(NaceVersion.Rev21, 22, 87, 287, 651, 0)]
    [InlineData(NaceVersion.NaceBel2008, 21, 88, 272, 615, 939)]
    public void Each_edition_has_its_published_number_of_codes_per_level(
        NaceVersion version, int sections, int divisions, int groups, int classes, int subclasses)
    {
        var classification = All[version];

        Assert.Equal(version, classification.Version);
        Assert.Equal(
            [sections, divisions, groups, classes, subclasses],
            Enum.GetValues<NaceLevel>().Select(level => classification.CodesAt(level).Count));
        Assert.Equal(sections + divisions + groups + classes + subclasses, classification.Count);
    }

    [Fact]
    public void The_label_with_an_embedded_line_break_is_read_whole_as_one_line()
    {
        var section = NaceCode.ParseExact("T", NaceVersion.Rev2);

        var label = All[NaceVersion.Rev2].Label(section);

        Assert.Equal(
            "Activities Of Households As Employers; Undifferentiated Goods- And Services-producing Activities Of Households For Own Use",
            label);
        Assert.Equal("Activities of extraterritorial organisations and bodies", All[NaceVersion.Rev2].Label(NaceCode.ParseExact("U", NaceVersion.Rev2)), ignoreCase: true);
    }

    [Fact]
    public void Labels_are_read_in_every_edition()
    {
        Assert.Equal("Manufacture of plastics in primary forms", All[NaceVersion.Rev2].Label(NaceCode.ParseExact("20.16", NaceVersion.Rev2)));
        Assert.Equal("Computer programming activities", All[NaceVersion.Rev2].Label(NaceCode.ParseExact("62.01", NaceVersion.Rev2)));
        Assert.Equal("Culture du riz", All[NaceVersion.NaceBel2008].Label(NaceCode.ParseExact("01120", NaceVersion.NaceBel2008)));
        Assert.NotNull(All[NaceVersion.Rev21].Label(NaceCode.ParseExact("62.10", NaceVersion.Rev21)));
    }

    [Fact]
    public void A_code_of_another_edition_or_one_that_does_not_exist_is_not_contained()
    {
        var rev2 = All[NaceVersion.Rev2];

        Assert.False(rev2.Contains(NaceCode.ParseExact("62.10", NaceVersion.Rev21)));
        Assert.False(rev2.Contains(NaceCode.ParseExact("56.9", NaceVersion.Rev2)));
        Assert.Null(rev2.Label(NaceCode.ParseExact("20.18", NaceVersion.Rev2)));
        Assert.True(rev2.Contains(NaceCode.ParseExact("I561", NaceVersion.Rev2)));
    }

    [Fact]
    public void The_946_nacebel_subclass_rows_hold_939_codes_and_a_repeated_code_keeps_its_first_label()
    {
        var table = TidyTable.Read(Path.Combine(RepositoryData.NaceFolder, NaceClassifications.NaceBelCodesFile)).Table!;
        Assert.True(table.TryGetColumn("code", out var code, out _));
        Assert.True(table.TryGetColumn("code_length", out var length, out _));
        var rows = Enumerable.Range(0, table.RowCount).Where(r => length.Text[r] == "5").Select(r => code.Text[r]).ToArray();

        var bel = All[NaceVersion.NaceBel2008];

        Assert.Equal(946, rows.Length);
        Assert.Equal(939, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(939, bel.CodesAt(NaceLevel.Subclass).Count);
        Assert.Equal("Sidérurgie", bel.Label(NaceCode.ParseExact("24100", NaceVersion.NaceBel2008)));
        Assert.Equal("Collecte et traitement des eaux usées", bel.Label(NaceCode.ParseExact("37000", NaceVersion.NaceBel2008)));
    }

    [Fact]
    public void Every_nacebel_subclass_rolls_up_to_a_class_of_nace_rev2()
    {
        var bel = All[NaceVersion.NaceBel2008];
        var rev2 = All[NaceVersion.Rev2];

        var orphans = bel.CodesAt(NaceLevel.Subclass)
            .Where(s => !rev2.Contains(s.ToNaceRev2Class()) || !bel.Contains(s.Parent!.Value))
            .ToArray();

        Assert.Empty(orphans);
    }

    [Theory]
    [InlineData(NaceVersion.Rev2, NaceClassifications.Rev2File)]
    [InlineData(NaceVersion.Rev21, NaceClassifications.Rev21File)]
    public void Cores_division_to_section_table_agrees_with_the_classification_file(NaceVersion version, string file)
    {
        var rows = NaceStructureFile.Read(Path.Combine(RepositoryData.NaceFolder, file));
        var fileDivisions = rows.Where(r => r.Level == NaceLevel.Division).ToDictionary(r => int.Parse(r.Code, System.Globalization.CultureInfo.InvariantCulture), r => r.Section);

        var disagreements = new List<string>();
        for (var division = 0; division <= 99; division++)
        {
            var parsed = NaceCode.Parse(division.ToString("00", System.Globalization.CultureInfo.InvariantCulture), version);
            char? core = parsed.Success ? parsed.Value.Section : null;
            char? inFile = fileDivisions.TryGetValue(division, out var s) ? s : null;
            if (core != inFile)
            {
                disagreements.Add($"division {division:00}: Core says {core?.ToString() ?? "none"}, file says {inFile?.ToString() ?? "none"}");
            }
        }

        Assert.Empty(disagreements);
        Assert.Equal(version == NaceVersion.Rev2 ? 88 : 87, fileDivisions.Count);
    }

    [Fact]
    public void A_label_spanning_lines_does_not_shift_the_line_named_for_a_later_bad_row()
    {
        using var dir = new TempFolder();
        var path = dir.Write("structure.csv", "Section,Division,Group,Class,Activity\r\nA,,,,\"Agriculture, \"\"forestry\"\"\r\nand fishing\"\r\n\r\n,01,01.1,,Two codes\r\n");

        var error = Assert.Throws<InvalidDataException>(() => NaceStructureFile.Read(path));

        Assert.Equal($"{path}:5: expected exactly one of Section, Division, Group, Class filled; found 2", error.Message);
    }

    [Fact]
    public void A_quoted_label_read_with_separators_doubled_quotes_and_line_breaks_is_one_line_of_text()
    {
        using var dir = new TempFolder();
        var path = dir.Write("structure.csv", "Section,Division,Group,Class,Activity\r\nA,,,,\"Agriculture, \"\"forestry\"\"\r\nand  fishing\"\r\n,01,,,Crop\r\n");

        var rows = NaceStructureFile.Read(path);

        Assert.Equal(
            [(2L, NaceLevel.Section, "A", "Agriculture, \"forestry\" and fishing", 'A'), (4L, NaceLevel.Division, "01", "Crop", 'A')],
            rows.Select(r => (r.Line, r.Level, r.Code, r.Label, r.Section)));
    }

    [Fact]
    public void A_structure_file_that_ends_inside_a_quoted_label_is_invalid_data_naming_the_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("structure.csv", "Section,Division,Group,Class,Activity\nA,,,,Agriculture\n,01,,,\"Crop and\n");

        var error = Assert.Throws<InvalidDataException>(() => NaceStructureFile.Read(path));

        Assert.StartsWith($"{path}:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_structure_file_with_another_header_is_invalid_data_naming_line_1()
    {
        using var dir = new TempFolder();
        var path = dir.Write("structure.csv", "Code,Label\nA,Agriculture\n");

        var error = Assert.Throws<InvalidDataException>(() => NaceStructureFile.Read(path));

        Assert.Equal($"{path}:1: expected the header Section,Division,Group,Class,Activity", error.Message);
    }
}
