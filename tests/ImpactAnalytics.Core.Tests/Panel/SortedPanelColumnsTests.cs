using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Tests.Panel;

/// <summary>
/// A panel assembled from columns already in panel order (as the panel cache stores them) is the panel the builder
/// makes, and columns out of order or out of range are refused rather than trusted.
/// </summary>
public sealed class SortedPanelColumnsTests
{
    [Fact]
    public void Columns_of_a_built_panel_assemble_into_the_same_panel()
    {
        var built = Sample();

        var assembled = Assemble(built);

        Assert.Equal(built.FirmIds, assembled.FirmIds);
        Assert.Equal(built.FirmFirstRow, assembled.FirmFirstRow);
        Assert.Equal(built.RowFirm, assembled.RowFirm);
        Assert.Equal(built.RowYear, assembled.RowYear);
        Assert.Equal(built.RowPresent, assembled.RowPresent);
        Assert.Equal(built.Memberships, assembled.Memberships);
        for (var f = 0; f < built.FirmCount; f++)
        {
            Assert.Equal(built.NaceOf(f), assembled.NaceOf(f));
            foreach (var year in new[] { 2019, 2020, 2021, 2022 })
            {
                Assert.Equal(built.FindRow(f, year), assembled.FindRow(f, year));
            }
        }

        Assert.Equal(built.Value(2, Rubric.EmployeesFte), assembled.Value(2, Rubric.EmployeesFte));
        Assert.Null(assembled.Value(1, Rubric.EmployeesFte));
    }

    [Fact]
    public void Rows_out_of_year_order_within_a_firm_are_refused()
    {
        var built = Sample();
        var years = (int[])built.RowYear.Clone();
        (years[0], years[1]) = (years[1], years[0]);

        Assert.Throws<ArgumentException>(() => Assemble(built, rowYear: years));
    }

    [Fact]
    public void Rows_of_a_firm_after_a_later_firm_are_refused()
    {
        var built = Sample();
        var firms = (int[])built.RowFirm.Clone();
        firms[^1] = 0;

        Assert.Throws<ArgumentException>(() => Assemble(built, rowFirm: firms));
    }

    [Fact]
    public void A_reported_value_that_is_not_finite_is_refused()
    {
        var built = Sample();
        var columns = RubricCodes.All.Select(r => built.Column(r) is { } c ? (double[])c.Clone() : null).ToArray();
        columns[(int)Rubric.ValueAddedGiven]![0] = double.NaN;

        Assert.Throws<ArgumentException>(() => Assemble(built, columns: columns));
    }

    [Fact]
    public void A_presence_bit_for_a_rubric_without_a_column_is_refused()
    {
        var built = Sample();
        var present = (uint[])built.RowPresent.Clone();
        present[0] |= 1u << (int)Rubric.Turnover;

        Assert.Throws<ArgumentException>(() => Assemble(built, rowPresent: present));
    }

    [Fact]
    public void A_firm_pointing_past_the_nace_table_is_refused()
    {
        var built = Sample();
        var nace = (int[])built.FirmNace.Clone();
        nace[0] = built.NaceTable.Length;

        Assert.Throws<ArgumentException>(() => Assemble(built, firmNace: nace));
    }

    private static FirmPanel Sample()
    {
        var panel = new TestPanel();
        panel.Firm(3, "20160", "Gent");
        panel.Firm(1, "10110", "Antwerpen");
        panel.Firm(2, "20160", "Brugge");
        panel.Firm(4, "49410", "Antwerpen");
        panel.Row(3, 2021, 10, 2);
        panel.Row(1, 2020, 5, null);
        panel.Row(3, 2019, 9, 1);
        panel.Row(1, 2019, 4, 1);
        panel.Row(2, 2022, 7, 3);
        panel.Member(3, "SIM", 2019);
        panel.Member(1, "Catalisti", 2018, 2020);
        panel.Member(1, "Blue Cluster", 2020);
        return panel.Build();
    }

    private static FirmPanel Assemble(
        FirmPanel p, int[]? rowFirm = null, int[]? rowYear = null, uint[]? rowPresent = null, double[]?[]? columns = null, int[]? firmNace = null) =>
        SortedPanelColumns.Create(
            p.FirmIds, p.FirmNames, firmNace ?? p.FirmNace, p.NaceTable, p.FirmRegion, p.RegionTable, p.FirmFounded,
            rowFirm ?? p.RowFirm, rowYear ?? p.RowYear, p.RowScheme, p.RowMonths, rowPresent ?? p.RowPresent,
            columns ?? RubricCodes.All.Select(r => p.Column(r)).ToArray(), p.Memberships);
}
