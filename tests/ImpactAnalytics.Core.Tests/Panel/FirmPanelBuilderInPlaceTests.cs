using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Tests.Panel;

/// <summary>
/// Firm-years written in place build the panel that adding them one by one builds and are checked at build time as
/// the single call checks them; the firms come out in enterprise-number order however many there are and however
/// they were added; the NACE and region tables are the distinct values in order, each firm pointing at its own.
/// </summary>
public sealed class FirmPanelBuilderInPlaceTests
{
    [Fact]
    public void Firm_years_written_in_place_build_the_panel_that_adding_them_one_by_one_builds()
    {
        var one = WithFirms(3);
        var inPlace = WithFirms(3);
        (int Firm, int Year, FilingScheme Scheme, byte Months)[] rows =
            [(2, 2020, FilingScheme.Full, 12), (2, 2021, FilingScheme.Abbreviated, 6), (0, 2019, FilingScheme.Micro, 18), (1, 2020, FilingScheme.Full, 12)];
        one.AddFirmYear(1, 2010, FilingScheme.Full);
        inPlace.AddFirmYear(1, 2010, FilingScheme.Full);
        foreach (var (firm, year, scheme, months) in rows)
        {
            one.AddFirmYear(firm, year, scheme, months);
        }

        var first = inPlace.AddFirmYearsInPlace(rows.Length);
        var storage = inPlace.FirmYearStorage();
        for (var i = 0; i < rows.Length; i++)
        {
            storage.Firm[first + i] = rows[i].Firm;
            storage.Year[first + i] = rows[i].Year;
            storage.Scheme[first + i] = rows[i].Scheme;
            storage.Months[first + i] = rows[i].Months;
        }

        var expected = one.Build();
        var actual = inPlace.Build();

        Assert.Equal(1, first);
        Assert.Equal(5, storage.Firm.Length);
        Assert.Equal(expected.RowFirm, actual.RowFirm);
        Assert.Equal(expected.RowYear, actual.RowYear);
        Assert.Equal(expected.RowScheme, actual.RowScheme);
        Assert.Equal(expected.RowMonths, actual.RowMonths);
        Assert.Equal(expected.FirmFirstRow, actual.FirmFirstRow);
    }

    [Fact]
    public void A_row_left_unwritten_or_written_out_of_range_is_refused_at_build()
    {
        var unwritten = WithFirms(2);
        unwritten.AddFirmYearsInPlace(1);
        var badFirm = WithFirms(2);
        badFirm.AddFirmYearsInPlace(1);
        badFirm.FirmYearStorage().Firm[0] = 2;
        badFirm.FirmYearStorage().Months[0] = 12;
        var badMonths = WithFirms(2);
        badMonths.AddFirmYearsInPlace(1);
        badMonths.FirmYearStorage().Months[0] = 37;

        Assert.Throws<InvalidOperationException>(() => unwritten.Build());
        Assert.Throws<InvalidOperationException>(() => badFirm.Build());
        Assert.Throws<InvalidOperationException>(() => badMonths.Build());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void Firms_come_out_in_enterprise_number_order_however_they_were_added(int firms)
    {
        var random = new Random(5);
        var bodies = new HashSet<long>();
        while (bodies.Count < firms)
        {
            // Bodies over the whole range (first digit 0 or 1), so that every radix digit varies.
            bodies.Add(random.NextInt64(2_000_000, 20_000_000));
        }

        var ids = bodies.Select(EnterpriseNumber.FromBody).ToArray();
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        foreach (var id in ids)
        {
            builder.AddFirm(id, "firm", nace, "Antwerpen", null);
        }

        var order = builder.FirmsInIdOrder().ToArray();
        var panel = builder.Build();

        var expected = Enumerable.Range(0, firms).OrderBy(i => ids[i].Value).ToArray();
        Assert.Equal(expected, order);
        Assert.Equal(expected.Select(i => ids[i]), panel.FirmIds);
    }

    [Fact]
    public void Firms_added_in_enterprise_number_order_keep_it()
    {
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        foreach (var body in new long[] { 2_000_001, 3_000_000, 19_999_999 })
        {
            builder.AddFirm(EnterpriseNumber.FromBody(body), "firm", nace, "Antwerpen", null);
        }

        Assert.Equal([0, 1, 2], builder.FirmsInIdOrder().ToArray());
    }

    [Fact]
    public void Nace_and_region_tables_are_the_distinct_values_in_order_and_each_firm_points_at_its_own()
    {
        string[] codes = ["62.01", "20.16", "62.01", "10.11", "20.16"];
        string[] regions = ["Limburg", "Antwerpen", "West-Vlaanderen", "Antwerpen", "Limburg"];
        var builder = new FirmPanelBuilder();
        for (var i = 0; i < codes.Length; i++)
        {
            builder.AddFirm(EnterpriseNumber.FromBody(5_000_000 - (i * 1000)), "firm", NaceCode.Parse(codes[i], NaceVersion.Rev2).Value, regions[i], null);
        }

        var panel = builder.Build();

        Assert.Equal(["10.11", "20.16", "62.01"], panel.NaceTable.Select(c => c.ToString()));
        Assert.Equal(["Antwerpen", "Limburg", "West-Vlaanderen"], panel.RegionTable);
        for (var f = 0; f < panel.FirmCount; f++)
        {
            // Firms were added in decreasing number order: panel firm f is builder firm 4 − f.
            Assert.Equal(codes[4 - f], panel.NaceOf(f).ToString());
            Assert.Equal(regions[4 - f], panel.RegionTable[panel.FirmRegion[f]]);
        }
    }

    private static FirmPanelBuilder WithFirms(int count)
    {
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        for (var i = 0; i < count; i++)
        {
            builder.AddFirm(EnterpriseNumber.FromBody(2_000_000 + (i * 7919)), "firm " + i, nace, "Antwerpen", null);
        }

        return builder;
    }
}
