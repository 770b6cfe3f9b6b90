using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Tests.Domain;

public sealed class NaceCodeTests
{
    [Theory]
    [InlineData("20.16", NaceLevel.Class, "20.16")]
    [InlineData("2016", NaceLevel.Class, "20.16")]
    [InlineData("20.1", NaceLevel.Group, "20.1")]
    [InlineData("201", NaceLevel.Group, "20.1")]
    [InlineData("20", NaceLevel.Division, "20")]
    [InlineData("C", NaceLevel.Section, "C")]
    [InlineData("c", NaceLevel.Section, "C")]
    [InlineData("I561", NaceLevel.Group, "56.1")]
    public void Codes_are_normalised_with_their_level(string text, NaceLevel level, string code)
    {
        var parsed = NaceCode.Parse(text, NaceVersion.Rev2);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(level, parsed.Value.Level);
        Assert.Equal(code, parsed.Value.Code);
    }

    [Fact]
    public void A_nacebel_subclass_rolls_up_to_its_nace_class_by_its_first_four_digits()
    {
        var subclass = NaceCode.ParseExact("62010", NaceVersion.NaceBel2008);

        Assert.Equal(NaceLevel.Subclass, subclass.Level);
        var rev2 = subclass.ToNaceRev2Class();
        Assert.Equal(NaceVersion.Rev2, rev2.Version);
        Assert.Equal(NaceLevel.Class, rev2.Level);
        Assert.Equal("62.01", rev2.Code);
    }

    [Fact]
    public void The_parent_chain_runs_subclass_class_group_division_section()
    {
        var code = NaceCode.ParseExact("20.160", NaceVersion.NaceBel2008);

        var chain = new List<string>();
        for (NaceCode? c = code; c is not null; c = c.Value.Parent)
        {
            chain.Add($"{c.Value.Level}:{c.Value.Code}");
        }

        Assert.Equal(["Subclass:20160", "Class:20.16", "Group:20.1", "Division:20", "Section:C"], chain);
    }

    [Fact]
    public void Section_letters_shift_between_rev2_and_rev21()
    {
        var rev2 = NaceCode.ParseExact("62.01", NaceVersion.Rev2);
        var rev21 = NaceCode.ParseExact("62.10", NaceVersion.Rev21);

        Assert.Equal('J', rev2.Section);
        Assert.Equal('K', rev21.Section);
    }

    [Theory]
    [InlineData("45.11", NaceVersion.Rev21, "does not exist in NACE Rev. 2.1")]
    [InlineData("04", NaceVersion.Rev2, "division 04")]
    [InlineData("62010", NaceVersion.Rev2, "subclasses exist in NACE-BEL")]
    [InlineData("C62.01", NaceVersion.Rev2, "is in section J, not C")]
    [InlineData("W", NaceVersion.Rev2, "section 'W'")]
    [InlineData("", NaceVersion.Rev2, "empty")]
    [InlineData("6", NaceVersion.Rev2, "at least two digits")]
    [InlineData("62-01", NaceVersion.Rev2, "contains '-'")]
    public void Invalid_codes_are_rejected_with_a_reason(string text, NaceVersion version, string expected)
    {
        var parsed = NaceCode.Parse(text, version);

        Assert.False(parsed.Success);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void At_level_climbs_to_the_requested_ancestor_and_refuses_to_descend()
    {
        var code = NaceCode.ParseExact("10.71", NaceVersion.Rev2);

        Assert.Equal("10", code.AtLevel(NaceLevel.Division).Code);
        Assert.Equal("C", code.AtLevel(NaceLevel.Section).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => code.AtLevel(NaceLevel.Subclass));
    }
}
