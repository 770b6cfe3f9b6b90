using System.Globalization;
using System.Text;
using ImpactAnalytics.Ingestion.Accounts;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// Awkward records (line ends LF, CRLF and CR; value before or after the code; year, end-date, period and months
/// columns; prefixes near 32 bytes; odd values and codes) give through the long-form fast path exactly what the
/// general path gives (forced by a trailing column), in both dialects and in blocks of 53 bytes and 1 MiB.
/// </summary>
public sealed class LongFormRunEdgeTests
{
    private const int Firms = 6;

    public static TheoryData<bool, string, int, int> Cases()
    {
        var data = new TheoryData<bool, string, int, int>();
        foreach (var valueFirst in new[] { false, true })
        {
            foreach (var end in new[] { "\n", "\r\n", "\r" })
            {
                foreach (var layout in new[] { 0, 1, 2, 3 })
                {
                    foreach (var block in new[] { 1 << 20, 53 })
                    {
                        data.Add(valueFirst, end, layout, block);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Edge_records_read_by_the_fast_path_give_what_the_general_path_gives(bool valueFirst, string lineEnd, int layout, int blockSize)
    {
        foreach (var comma in new[] { false, true })
        {
            var sep = comma ? ';' : ',';
            var lead = layout switch
            {
                0 => new[] { "enterprise_number", "year", "scheme" },
                1 => new[] { "enterprise_number", "year", "scheme", "period", "months" },
                2 => new[] { "enterprise_number", "fiscal_year_end", "scheme", "months" },
                _ => new[] { "kbo", "filler", "year", "scheme" },
            };
            var tail = valueFirst ? new[] { "value", "code" } : new[] { "code", "value" };
            var header = string.Join(sep, lead.Concat(tail));
            var random = new Random(5 + layout);
            var fast = new StringBuilder(header + lineEnd);
            var general = new StringBuilder(header + sep + "note" + lineEnd);
            var mark = comma ? "," : ".";
            string[] values =
            [
                "+5", " 5", "5 ", "1\u00A0234", "5\"", "\"5\"", "", " ", "NaN", "Infinity", "1e400", "1e3", "1E3", "0x10",
                "\u0663", "00000000000000001", "0000000000000001", "-000000000000001", "-", "-" + mark, mark, "1" + mark + "5",
                "1" + mark + mark + "5", "-0" + mark + "0", "999999999999999", "-999999999999999", "1000000000000000",
                "123456789012345" + mark + "5", "12345678901234" + mark + "5", "1 234" + mark + "5", "1.234.567", "1,234,567",
                "5\t", "\t5", "1" + mark + "000000000000001", "0" + mark + "1", "12" + mark + "3456789012345", "7", "42",
            ];
            string[] codes =
            [
                "70", "70 ", " 70", "va", "vA", "VA", "", "7", "70/76a", "70/76A", "1234567", "12345678", "70\"", "\"70\"", "9087",
                "1003", "76a", "20/58", "8000", "70/76AB", "740 ", "\u00e970",
            ];
            var records = new List<string>();
            for (var r = 0; r < 250; r++)
            {
                var firm = random.Next(Firms + 1);
                var id = firm < Firms ? LongFormFixtures.Number(firm) : "0878065379";
                var year = 2008 + random.Next(16);
                var leadValues = layout switch
                {
                    0 => new[] { id, year.ToString(CultureInfo.InvariantCulture), random.Next(5) == 0 ? "MIC" : "VOL" },
                    1 => new[] { id, year.ToString(CultureInfo.InvariantCulture), "VOL", random.Next(3) == 0 ? "N-1" : "N", random.Next(4) == 0 ? "18" : "12" },
                    2 => new[] { id, $"{year}-12-31", "VOL", "12" },
                    _ => new[] { id, new string('x', random.Next(10, 30)), year.ToString(CultureInfo.InvariantCulture), "VOL" },
                };
                var prefix = string.Join(sep, leadValues);
                for (var k = random.Next(1, 12); k > 0; k--)
                {
                    var code = random.Next(3) == 0 ? codes[random.Next(codes.Length)] : "70";
                    var value = random.Next(2) == 0 ? values[random.Next(values.Length)] : random.Next(100000).ToString(CultureInfo.InvariantCulture);
                    if (comma && value.Contains(';', StringComparison.Ordinal))
                    {
                        value = "1";
                    }

                    records.Add(prefix + sep + (valueFirst ? value + sep + code : code + sep + value));
                }
            }

            for (var i = 0; i < records.Count; i++)
            {
                var last = i == records.Count - 1;
                fast.Append(records[i]).Append(last ? string.Empty : lineEnd);
                general.Append(records[i]).Append(sep).Append('n').Append(last ? string.Empty : lineEnd);
            }

            using var fastDir = new TempFolder();
            using var generalDir = new TempFolder();
            var parallelism = new LongFormParallelism(2, blockSize);
            var f = LongFormFixtures.Run(fastDir, fastDir.Write("accounts.csv", fast.ToString()), Firms, parallelism);
            var g = LongFormFixtures.Run(generalDir, generalDir.Write("accounts.csv", general.ToString()), Firms, parallelism);
            Assert.Equal(g.Issues.Select(LongFormFixtures.FieldCountMessageBlanked), f.Issues.Select(LongFormFixtures.FieldCountMessageBlanked));
            Assert.Equal(g.Quarantine.Select(q => (q.Line, q.Code)), f.Quarantine.Select(q => (q.Line, q.Code)));
            LongFormFixtures.AssertSamePanel(g, f);
        }
    }
}
