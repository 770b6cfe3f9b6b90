using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Tests.Panel;

/// <summary>
/// The builder's bulk setter gives the panel that setting the values one by one gives, refuses what the single
/// setter refuses, and a builder whose rows came in panel order builds the same panel as one whose rows came shuffled.
/// </summary>
public sealed class FirmPanelBuilderBulkTests
{
    private static readonly EnterpriseNumber[] Ids =
        [Id("0878065378"), Id("0437910359"), Id("0202239951"), Id("0403170701")];

    [Fact]
    public void Values_set_in_bulk_equal_values_set_one_by_one()
    {
        var one = Builder(shuffled: false);
        var bulk = Builder(shuffled: false);
        int[] rows = [5, 0, 3, 7];
        double[] values = [1.5, -2.0, 300.0, 0.0];

        for (var i = 0; i < rows.Length; i++)
        {
            one.SetValue(rows[i], Rubric.Turnover, values[i]);
        }

        bulk.SetValues(Rubric.Turnover, rows, values);
        bulk.SetValues(Rubric.EmployeesFte, [], []);
        var expected = one.Build();
        var actual = bulk.Build();

        Assert.Equal(expected.RowPresent, actual.RowPresent);
        for (var r = 0; r < expected.RowCount; r++)
        {
            Assert.Equal(expected.Value(r, Rubric.Turnover), actual.Value(r, Rubric.Turnover));
            Assert.Null(actual.Value(r, Rubric.EmployeesFte));
        }
    }

    [Fact]
    public void Values_written_through_the_column_and_presence_storage_equal_values_set_one_by_one()
    {
        var one = Builder(shuffled: false);
        var direct = Builder(shuffled: false);
        one.SetValue(5, Rubric.EmployeesFte, 3.5);
        one.SetValue(0, Rubric.EmployeesFte, 0.0);

        var column = direct.ColumnStorage(Rubric.EmployeesFte);
        var presence = direct.PresenceStorage();
        column[5] = 3.5;
        presence[5] |= 1u << (int)Rubric.EmployeesFte;
        presence[0] |= 1u << (int)Rubric.EmployeesFte;
        var expected = one.Build();
        var actual = direct.Build();

        Assert.Equal(8, column.Length);
        Assert.Equal(expected.RowPresent, actual.RowPresent);
        for (var r = 0; r < expected.RowCount; r++)
        {
            Assert.Equal(expected.Value(r, Rubric.EmployeesFte), actual.Value(r, Rubric.EmployeesFte));
            Assert.Equal(expected.Value(r, Rubric.Turnover), actual.Value(r, Rubric.Turnover));
        }
    }

    [Fact]
    public void Firms_in_id_order_are_the_builder_indices_by_enterprise_number()
    {
        var builder = Builder(shuffled: false);

        var order = builder.FirmsInIdOrder().ToArray();
        var panel = builder.Build();

        Assert.Equal([2, 3, 1, 0], order);
        Assert.Equal(order.Select(i => Ids[i]), panel.FirmIds);
    }

    [Fact]
    public void Bulk_values_out_of_range_not_finite_or_unpaired_are_refused()
    {
        var builder = Builder(shuffled: false);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.SetValues(Rubric.Turnover, [8], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.SetValues(Rubric.Turnover, [-1], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.SetValues(Rubric.Turnover, [2], [double.NaN]));
        Assert.Throws<ArgumentException>(() => builder.SetValues(Rubric.Turnover, [1, 2], [1.0]));
    }

    [Fact]
    public void Rows_added_in_panel_order_or_shuffled_build_the_same_panel()
    {
        var ordered = Builder(shuffled: false).Build();
        var shuffled = Builder(shuffled: true).Build();

        Assert.Equal(ordered.RowFirm, shuffled.RowFirm);
        Assert.Equal(ordered.RowYear, shuffled.RowYear);
        Assert.Equal(ordered.FirmFirstRow, shuffled.FirmFirstRow);
        for (var r = 0; r < ordered.RowCount; r++)
        {
            Assert.Equal(ordered.Value(r, Rubric.Turnover), shuffled.Value(r, Rubric.Turnover));
        }
    }

    [Fact]
    public void Two_rows_of_a_firm_for_one_year_are_refused_also_when_rows_came_in_order()
    {
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        builder.AddFirm(Ids[0], "A", nace, "Antwerpen", null);
        builder.AddFirmYear(0, 2020, FilingScheme.Full);
        builder.AddFirmYear(0, 2020, FilingScheme.Full);

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    // Four firms (added in an order that is not the enterprise numbers'), two years each, turnover = 10·row + year − 2020.
    private static FirmPanelBuilder Builder(bool shuffled)
    {
        var builder = new FirmPanelBuilder();
        var nace = NaceCode.Parse("20.16", NaceVersion.Rev2).Value;
        foreach (var id in Ids)
        {
            builder.AddFirm(id, "firm " + id, nace, "Antwerpen", null);
        }

        // Panel order: by enterprise number (0202…, 0403…, 0437…, 0878…), then year.
        var rows = new[] { 2, 3, 1, 0 }.SelectMany(f => new[] { (Firm: f, Year: 2020), (Firm: f, Year: 2021) }).ToList();
        if (shuffled)
        {
            rows = [.. rows.OrderBy(r => (r.Year * 7) + (r.Firm * 3) % 5)];
        }

        foreach (var (firm, year) in rows)
        {
            var row = builder.AddFirmYear(firm, year, FilingScheme.Full);
            builder.SetValue(row, Rubric.Turnover, (10.0 * firm) + year - 2020);
        }

        return builder;
    }

    private static EnterpriseNumber Id(string text) => EnterpriseNumber.Parse(text).Value;
}
