using System.Globalization;
using ImpactAnalytics.Core.Comparison;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Reporting.Output;
using ImpactAnalytics.Reporting.Tables;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class CsvStreamWriterTests
{
    [Fact]
    public void Fixed_decimals_are_the_digits_of_the_F_format_of_the_rounded_value()
    {
        var random = new Random(20240501);
        var values = new List<double> { 0.0, -0.0, 0.005, -0.005, 0.0049999, 2.675, 1.005, -1.005, 99999999.99, -0.0000005 };
        for (var i = 0; i < 20_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-9, 9));
            values.Add((random.NextDouble() - 0.5) * 2 * magnitude);
            // Values on a decimal midpoint, where rounding half away from zero matters.
            values.Add(Math.Round(random.NextDouble() * magnitude, 3) + 0.0005);
        }

        for (var decimals = 0; decimals <= 8; decimals++)
        {
            var table = new CsvTable([new("x", decimals)], values.Select(v => (IReadOnlyList<CsvValue>)[v]).ToArray());

            var lines = CsvTableWriter.ToText(table).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

            var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
            var expected = values.Select(v => Math.Round(v, decimals, MidpointRounding.AwayFromZero))
                .Select(r => (r == 0.0 ? 0.0 : r).ToString(format, CultureInfo.InvariantCulture));
            Assert.Equal(expected, lines);
        }
    }

    [Fact]
    public void Streamed_member_table_is_the_bytes_of_the_same_rows_as_a_table()
    {
        var nace = NaceCode.ParseExact("10110", NaceVersion.NaceBel2008);
        var deltas = new[]
        {
            new MemberDelta(EnterpriseNumber.ParseExact("0123456749"), "Catalisti", 2022, nace, NaceLevel.Class,
                154019.255, 120000.0, 34019.255, 0.2834937916, 0.2496, 0.81),
            new MemberDelta(EnterpriseNumber.ParseExact("0123456749"), "Flanders' FOOD, BE", 2022, nace, null,
                -0.001, null, null, null, null, null),
            new MemberDelta(EnterpriseNumber.ParseExact("0200000043"), "Blue \"Cluster\"", 2023, nace, NaceLevel.Division,
                1e12 / 3, 0.5, -7.125, -1e-7, -0.0000005, 1.0),
        };
        var path = Path.Combine(Path.GetTempPath(), "ia-member-deltas-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            DataTables.WriteMemberDeltas(deltas, path);

            var table = new CsvTable(DataTables.MemberDeltaColumns, deltas.Select(d => (IReadOnlyList<CsvValue>)
            [
                d.EnterpriseNumber.ToString(), d.Cluster, d.Year, d.NaceCode.Code,
                d.BenchmarkLevel is { } level ? DataTables.LevelName(level) : CsvValue.Empty,
                d.Lp, d.BenchmarkLp, d.DeltaAbs, d.DeltaRel, d.LogRatio, d.Percentile,
            ]).ToArray());
            Assert.Equal(CsvTableWriter.ToText(table), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_long_text_field_larger_than_the_buffer_is_written_whole()
    {
        var text = new string('é', 100_000);
        var table = new CsvTable([new("a"), new("b")], [[text, 1.5]]);

        Assert.Equal("a,b\n" + text + ",1.5\n", CsvTableWriter.ToText(table));
    }
}
