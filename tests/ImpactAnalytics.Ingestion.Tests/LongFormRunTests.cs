using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// Records read by the long-form fast path (code and value the last two columns: a record whose leading bytes
/// repeat the previous settled record's is read from its code on) give exactly what the general path gives. The
/// general path is forced by the same file with one more column after the value, which the parser ignores.
/// </summary>
public sealed class LongFormRunTests
{
    private const int Firms = 12;

    public static TheoryData<int, int> Settings => new()
    {
        { 1, 1 << 20 },
        { 1, 37 },
        { 2, 64 },
        { 3, 211 },
        { 2, 4096 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Runs_of_rows_read_by_the_fast_path_give_what_the_general_path_gives(int workers, int blockSize)
    {
        var records = Records(seed: 17, runs: 400, decimalComma: false);

        var (fast, general) = RunBoth(records, ',', workers, blockSize);

        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsValueNonNumeric);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsValueMissing);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsFteNegative);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsValueOutOfRange);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsDuplicate);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsFirmNotInRegister);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsCodeUnused);
        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.RowFieldCount);
        AssertSame(general, fast);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Runs_of_rows_with_decimal_commas_read_by_the_fast_path_give_what_the_general_path_gives(int workers, int blockSize)
    {
        var records = Records(seed: 23, runs: 300, decimalComma: true);

        var (fast, general) = RunBoth(records, ';', workers, blockSize);

        Assert.Contains(fast.Issues, i => i.Code == IssueCodes.AccountsValueNonNumeric);
        AssertSame(general, fast);
    }

    [Fact]
    public void Values_of_fifteen_and_sixteen_digits_in_a_run_are_the_values_written()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n" +
            "0878065378,2020,VOL,70,1\n" +
            "0878065378,2020,VOL,60,12345678901234.5\n" +
            "0878065378,2020,VOL,61,-99999999999999.9\n" +
            "0878065378,2020,VOL,62,0.000000000000001\n" +
            "0878065378,2020,VOL,9900,1234567890123.456\n" +
            "0878065378,2020,VOL,9901,-0\n");

        var result = dir.Run(accounts);

        var panel = result.Panel;
        var row = panel.FindRow(panel.FindFirm(TempFolder.FirmA), 2020);
        Assert.Equal(12345678901234.5, panel.Value(row, Rubric.GoodsForResale));
        Assert.Equal(-99999999999999.9, panel.Value(row, Rubric.ServicesAndOtherGoods));
        Assert.Equal(1e-15, panel.Value(row, Rubric.Remuneration));
        Assert.Equal(1234567890123.456, panel.Value(row, Rubric.GrossMargin));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(panel.Value(row, Rubric.OperatingProfit)!.Value));
        Assert.DoesNotContain(result.Issues, i => i.Severity == Severity.Error);
    }

    private static (IngestionResult Fast, IngestionResult General) RunBoth(List<string?> records, char separator, int workers, int blockSize)
    {
        using var fastDir = new TempFolder();
        using var generalDir = new TempFolder();
        var header = string.Join(separator, "enterprise_number", "year", "scheme", "code", "value");
        var fastText = new StringBuilder(header + "\n");
        var generalText = new StringBuilder(header + separator + "note\n");
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            var end = i % 5 == 0 ? "\r\n" : "\n";
            fastText.Append(record).Append(end);
            generalText.Append(record).Append(record is null ? string.Empty : separator + "n").Append(end);
        }

        var parallelism = new LongFormParallelism(workers, blockSize);
        return (LongFormFixtures.Run(fastDir, fastDir.Write("accounts.csv", fastText.ToString()), Firms, parallelism),
            LongFormFixtures.Run(generalDir, generalDir.Write("accounts.csv", generalText.ToString()), Firms, parallelism));
    }

    /// <summary>
    /// Runs of rows of one firm, year and scheme (as the NBB writes them), with the troubles a code or a value can
    /// have scattered through them, and now and then a row whose leading fields are wrong or differ.
    /// </summary>
    private static List<string?> Records(int seed, int runs, bool decimalComma)
    {
        var random = new Random(seed);
        var s = decimalComma ? ";" : ",";
        var mark = decimalComma ? "," : ".";
        string[] codes = ["70", "60", "61", "62", "9900", "9901", "9904", "1003", "9087", "630", "76A", "76a", "20/58", "70/76A", "VA", "740"];
        var records = new List<string?>();
        for (var r = 0; r < runs; r++)
        {
            var firm = random.Next(Firms + 1);
            var id = firm < Firms ? LongFormFixtures.Number(firm) : TempFolder.Unregistered.ToString();
            var lead = string.Join(s, id, (2008 + random.Next(16)).ToString(CultureInfo.InvariantCulture), random.Next(8) == 0 ? "MIC" : "VOL");
            for (var k = random.Next(1, 14); k > 0; k--)
            {
                var code = random.Next(25) switch
                {
                    0 => "8" + random.Next(30).ToString("D3", CultureInfo.InvariantCulture),
                    1 => " 70",
                    _ => codes[random.Next(codes.Length)],
                };
                var record = lead + s + code + s + Value(random, mark, decimalComma);
                records.Add(random.Next(60) switch
                {
                    0 => lead + s + code,
                    1 => record + s + "1",
                    2 => lead + s + code + s + "\"4" + mark + "5\"",
                    3 => lead + s + code + s + "\"1\n2\"",
                    4 => null,
                    5 => "0878065379" + s + "2020" + s + "VOL" + s + code + s + "1",
                    _ => record,
                });
            }
        }

        return records;
    }

    private static string Value(Random random, string mark, bool decimalComma) => random.Next(30) switch
    {
        0 => string.Empty,
        1 => "abc",
        2 => "-" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
        3 => "1" + new string('0', 15),
        4 => "123456789012345",
        5 => "1234567890123456",
        6 => "12345678901234" + mark + "5",
        7 => "-1234567890123" + mark + "45",
        8 => decimalComma ? "1.234,5" : "1,234.5",
        9 => "1e3",
        10 => "12 ",
        11 => "-0",
        12 => "7" + mark,
        13 => mark + "5",
        14 => "--1",
        _ => random.Next(10_000_000).ToString(CultureInfo.InvariantCulture) + (random.Next(3) == 0 ? mark + random.Next(100).ToString("D2", CultureInfo.InvariantCulture) : string.Empty),
    };

    /// <summary>The same results; messages about the field count name the header's width, which differs by the extra column.</summary>
    private static void AssertSame(IngestionResult general, IngestionResult fast)
    {
        Assert.Equal(general.Issues.Select(LongFormFixtures.FieldCountMessageBlanked), fast.Issues.Select(LongFormFixtures.FieldCountMessageBlanked));
        Assert.Equal(general.Quarantine.Select(q => (q.Line, q.Code, q.Code == IssueCodes.RowFieldCount ? string.Empty : q.Message)),
            fast.Quarantine.Select(q => (q.Line, q.Code, q.Code == IssueCodes.RowFieldCount ? string.Empty : q.Message)));
        LongFormFixtures.AssertSamePanel(general, fast);
    }
}
