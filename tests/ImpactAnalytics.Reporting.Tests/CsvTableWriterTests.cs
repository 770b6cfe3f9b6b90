using System.Text;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class CsvTableWriterTests
{
    private static CsvTable Sample() => new(
        [new("cluster"), new("year"), new("n_members"), new("cluster_lp"), new("premium_adjusted", 4), new("suppressed")],
        [
            ["Catalisti", 2022, 212L, 154019.25, 0.18234, false],
            ["Flanders' FOOD", 2022, 247L, 0.1 + 0.2, -0.00001, false],
            ["Blue \"Cluster\", BE", 2022, CsvValue.Empty, CsvValue.Empty, CsvValue.Empty, true],
        ]);

    [Fact]
    public void Table_is_written_as_the_golden_text()
    {
        const string expected =
            "cluster,year,n_members,cluster_lp,premium_adjusted,suppressed\n"
            + "Catalisti,2022,212,154019.25,0.1823,false\n"
            + "Flanders' FOOD,2022,247,0.30000000000000004,0.0000,false\n"
            + "\"Blue \"\"Cluster\"\", BE\",2022,,,,true\n";

        Assert.Equal(expected, CsvTableWriter.ToText(Sample()));
    }

    [Fact]
    public void Output_is_utf8_without_byte_order_mark_and_byte_identical_on_rewrite()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        CsvTableWriter.Write(Sample(), first);
        CsvTableWriter.Write(Sample(), second);

        var bytes = first.ToArray();
        Assert.Equal((byte)'c', bytes[0]);
        Assert.Equal(bytes, second.ToArray());
        Assert.Equal(CsvTableWriter.ToText(Sample()), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Round_trip_formatting_reads_back_the_same_double()
    {
        var values = new[] { 1.0 / 3.0, 1e-7, 123456789.123456789, -2.5e300 };
        var table = new CsvTable([new("x")], values.Select(v => (IReadOnlyList<CsvValue>)[v]).ToArray());

        var lines = CsvTableWriter.ToText(table).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);

        Assert.Equal(values, lines.Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Fields_with_line_breaks_or_edge_spaces_are_quoted()
    {
        var table = new CsvTable([new("a"), new("b")], [["two\nlines", " padded"]]);

        Assert.Equal("a,b\n\"two\nlines\",\" padded\"\n", CsvTableWriter.ToText(table));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_rejected()
    {
        var table = new CsvTable([new("a"), new("b")], [["only one"]]);

        var error = Assert.Throws<ArgumentException>(() => CsvTableWriter.ToText(table));
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_is_not_a_value()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvValue.Of(double.NaN));
    }
}
