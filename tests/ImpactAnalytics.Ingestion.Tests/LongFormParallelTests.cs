using System.Globalization;
using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Accounts;
using ImpactAnalytics.Ingestion.Quality;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// The long-form parse on several workers in small blocks must give exactly what one pass over the whole file
/// gives: the same panel, the same issues in the same order, the same quarantine and the same row accounting.
/// </summary>
public sealed class LongFormParallelTests
{
    private const int Firms = 40;

    public static TheoryData<int, int> Settings => new()
    {
        { 2, 64 },
        { 2, 333 },
        { 3, 1000 },
        { 2, 4096 },
        { 1, 64 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Messy_file_parsed_in_parallel_blocks_gives_the_single_threaded_result(int workers, int blockSize)
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", MessyAccounts(seed: 7, rows: 3000));

        var single = LongFormFixtures.Run(dir, accounts, Firms, LongFormParallelism.Single);
        var parallel = LongFormFixtures.Run(dir, accounts, Firms, new LongFormParallelism(workers, blockSize));

        Assert.Contains(single.Issues, i => i.Code == IssueCodes.AccountsDuplicate);
        Assert.Contains(single.Issues, i => i.Code == IssueCodes.AccountsFirmNotInRegister);
        Assert.Contains(single.Issues, i => i.Code == IssueCodes.AccountsSchemeConflict);
        Assert.Contains(single.Issues, i => i.Code == IssueCodes.AccountsPriorPeriodSuperseded);
        Assert.Contains(single.Issues, i => i.Code == IssueCodes.RowFieldCount);
        Assert.DoesNotContain(single.Issues, i => i.Code == IssueCodes.RowUnclosedQuote);
        AssertSame(single, parallel);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Cr_only_file_gives_in_parallel_blocks_what_the_same_file_with_line_feeds_gives(int workers, int blockSize)
    {
        using var lfDir = new TempFolder();
        using var crDir = new TempFolder();
        var text = MessyAccounts(seed: 5, rows: 2000);
        var lf = LongFormFixtures.Run(lfDir, lfDir.Write("accounts.csv", text), Firms, LongFormParallelism.Single);
        var crAccounts = crDir.Write("accounts.csv", text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r'));

        var single = LongFormFixtures.Run(crDir, crAccounts, Firms, LongFormParallelism.Single);
        var parallel = LongFormFixtures.Run(crDir, crAccounts, Firms, new LongFormParallelism(workers, blockSize));

        AssertSame(single, parallel);
        Assert.Equal(lf.Issues.Select(Normalised), single.Issues.Select(Normalised));
        Assert.Equal(lf.Quarantine.Select(r => Describe(r).Replace('\r', '\n')), single.Quarantine.Select(r => Describe(r).Replace('\r', '\n')));
        AssertSame(lf, single, compareIssues: false);
    }

    [Fact]
    public void A_cr_only_accounts_file_is_read_by_ingest_run_with_its_line_numbers()
    {
        using var dir = new TempFolder();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\r" +
            "0878065378,2020,VOL,70,100\r" +
            "0878065378,2020,VOL,60,\"4\r0\"\r" +
            "0878065378,2020,VOL,61,5\" x\r" +
            "0878065378,2021,VOL,70,200\r");

        var result = dir.Run(accounts);

        var panel = result.Panel;
        Assert.Equal(100.0, panel.Value(panel.FindRow(panel.FindFirm(TempFolder.FirmA), 2020), Rubric.Turnover));
        Assert.Equal(200.0, panel.Value(panel.FindRow(panel.FindFirm(TempFolder.FirmA), 2021), Rubric.Turnover));
        Assert.Equal([3L, 5L], result.Quarantine.Where(q => q.File == "accounts.csv").Select(q => q.Line));
        Assert.Equal(4, result.Files.Single(f => f.File == "accounts.csv").RowsRead);
    }

    [Theory]
    [InlineData(2, 16)]
    [InlineData(2, 40)]
    [InlineData(3, 97)]
    public void Stray_quotes_at_every_distance_from_a_block_boundary_give_the_single_threaded_result(int workers, int blockSize)
    {
        using var dir = new TempFolder();
        var text = new StringBuilder("enterprise_number,year,scheme,code,value\n");
        for (var i = 0; i < 300; i++)
        {
            var value = (i % 4) switch
            {
                0 => "5\"",
                1 => "\"7\"",
                2 => "1\"\"2",
                _ => "\"3\n4\"",
            };
            text.Append(CultureInfo.InvariantCulture, $"{LongFormFixtures.Number(i % Firms)},{2010 + (i % 13)},VOL,{(i % 3 == 0 ? "70" : "6\"0")},{value}{new string(' ', i % 7)}\n");
        }

        var accounts = dir.Write("accounts.csv", text.ToString());

        var single = LongFormFixtures.Run(dir, accounts, Firms, LongFormParallelism.Single);
        var parallel = LongFormFixtures.Run(dir, accounts, Firms, new LongFormParallelism(workers, blockSize));

        Assert.Equal(300, single.Files.Single(f => f.File == "accounts.csv").RowsRead);
        Assert.DoesNotContain(single.Issues, i => i.Code == IssueCodes.RowUnclosedQuote);
        AssertSame(single, parallel);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Gzip_file_ending_in_an_unclosed_quote_gives_the_single_threaded_result(int workers, int blockSize)
    {
        using var dir = new TempFolder();
        var accounts = dir.WriteGzip("accounts.csv.gz", MessyAccounts(seed: 11, rows: 2000) + "0878065378,2020,VOL,70,\"12\n34");

        var single = LongFormFixtures.Run(dir, accounts, Firms, LongFormParallelism.Single);
        var parallel = LongFormFixtures.Run(dir, accounts, Firms, new LongFormParallelism(workers, blockSize));

        Assert.Contains(single.Issues, i => i.Code == IssueCodes.RowUnclosedQuote);
        AssertSame(single, parallel);
    }

    [Theory]
    [InlineData(2, 64)]
    [InlineData(2, 5000)]
    public void Truncated_gzip_stops_at_the_same_line_as_the_single_threaded_pass(int workers, int blockSize)
    {
        using var dir = new TempFolder();
        var whole = File.ReadAllBytes(dir.WriteGzip("whole.csv.gz", MessyAccounts(seed: 3, rows: 4000)));
        var accounts = dir.WriteBytes("accounts.csv.gz", whole[..(whole.Length * 2 / 3)]);

        var single = LongFormFixtures.Run(dir, accounts, Firms, LongFormParallelism.Single);
        var parallel = LongFormFixtures.Run(dir, accounts, Firms, new LongFormParallelism(workers, blockSize));

        Assert.Contains(single.Issues, i => i.Code == IssueCodes.FileTruncated);
        AssertSame(single, parallel);
    }

    [Fact]
    public void A_run_of_one_firm_broken_by_a_bad_or_unregistered_number_stays_that_firm()
    {
        using var dir = new TempFolder();
        var unregistered = TempFolder.Unregistered.ToString();
        var accounts = dir.Write("accounts.csv", "enterprise_number,year,scheme,code,value\n" +
            "0878065378,2020,VOL,70,1\n" +
            "0878065379,2020,VOL,60,2\n" +
            "0878065378,2020,VOL,60,3\n" +
            unregistered + ",2020,VOL,60,4\n" +
            "0878065378,2020,VOL,61,5\n" +
            unregistered + ",2021,VOL,60,6\n");

        var result = dir.Run(accounts);

        var row = result.Panel.FindRow(result.Panel.FindFirm(TempFolder.FirmA), 2020);
        Assert.Equal((1.0, 3.0, 5.0), (result.Panel.Value(row, Rubric.Turnover), result.Panel.Value(row, Rubric.GoodsForResale), result.Panel.Value(row, Rubric.ServicesAndOtherGoods)));
        Assert.Equal([3L, 5L, 7L], result.Quarantine.Select(q => q.Line));
        Assert.Single(result.Issues, i => i.Code == IssueCodes.AccountsFirmNotInRegister);
        Assert.Single(result.Issues, i => i.Code == IssueCodes.EnterpriseNumberCheckDigits);
    }

    [Fact]
    public void A_block_never_ends_inside_a_quoted_line_break()
    {
        var text = "a,\"x\ny\",1\nb,\"\"\"\n\",2\n\"c\nd\",e,3\nlast,row,4";
        var bytes = Encoding.UTF8.GetBytes("h1,h2,h3\n" + text);
        var header = new Csv.CsvRecordReader(new MemoryStream(bytes[5..]), (byte)',', bytes[..5], 0, 5);
        Assert.True(header.Read());
        var splitter = new Csv.RecordBlockSplitter(header, blockSize: 4);

        var blocks = new List<(string Text, long Line)>();
        var buffer = Array.Empty<byte>();
        while (splitter.Next(ref buffer, out var count, out var line))
        {
            blocks.Add((Encoding.UTF8.GetString(buffer, 0, count), line));
        }

        Assert.Equal(
            new[] { ("a,\"x\ny\",1\n", 2L), ("b,\"\"\"\n\",2\n", 4L), ("\"c\nd\",e,3\n", 6L), ("last,row,4", 8L) },
            blocks);
        Assert.Null(splitter.Error);
    }

    private static DataIssue Normalised(DataIssue issue) => issue with { Message = issue.Message.Replace('\r', '\n') };

    private static void AssertSame(IngestionResult expected, IngestionResult actual, bool compareIssues = true)
    {
        if (compareIssues)
        {
            Assert.Equal(expected.Issues, actual.Issues);
            Assert.Equal(expected.Quarantine.Select(Describe), actual.Quarantine.Select(Describe));
        }

        LongFormFixtures.AssertSamePanel(expected, actual);
    }

    private static string Describe(QuarantinedRow row) =>
        $"{row.File}|{row.Line}|{row.Code}|{row.Message}|{string.Join("¦", row.Fields)}";

    /// <summary>
    /// Long-form rows in no order, with every kind of trouble scattered through the file: malformed numbers, bad and
    /// missing values, unregistered firms, duplicates, N−1 figures before and after N, months and scheme conflicts,
    /// unused codes (more than twenty kinds), years outside the study, wrong field counts, blank lines, CRLF, quoted
    /// fields with separators and line breaks, and stray quotes inside unquoted fields (literal characters).
    /// </summary>
    private static string MessyAccounts(int seed, int rows)
    {
        var random = new Random(seed);
        string[] codes = ["70", "60", "61", "62", "9900", "9901", "1003", "9087", "630", "76A", "20/58", "70/76A"];
        var text = new StringBuilder("enterprise_number,year,scheme,code,value,period,months\n");
        var firm = 0;
        for (var i = 0; i < rows; i++)
        {
            firm = random.Next(3) == 0 ? firm : random.Next(Firms + 3);
            var id = firm < Firms ? LongFormFixtures.Number(firm) : EnterpriseNumber.FromBody(1_000_000 + firm).ToString();
            var year = 2008 + random.Next(16);
            var code = random.Next(10) == 0 ? "8" + random.Next(30).ToString("D3", CultureInfo.InvariantCulture) : codes[random.Next(codes.Length)];
            var value = random.Next(1_000_000).ToString(CultureInfo.InvariantCulture) + "." + random.Next(100).ToString("D2", CultureInfo.InvariantCulture);
            var scheme = random.Next(40) == 0 ? "MIC" : "VOL";
            var period = random.Next(6) switch { 0 => "N-1", 1 => "N", _ => string.Empty };
            var months = random.Next(30) == 0 ? "6" : string.Empty;
            switch (random.Next(60))
            {
                case 0: id = "0878065379"; break;
                case 1: value = "abc"; break;
                case 2: value = string.Empty; break;
                case 3: value = $"\"1,{random.Next(10)}\n{random.Next(10)}\""; break;
                case 4: id = $"\"BE {id[..4]}.{id[4..7]}.{id[7..]}\""; break;
                case 5: text.Append('\n'); break;
                case 6: text.Append(CultureInfo.InvariantCulture, $"{id},{year},VOL,70\n"); break;
                case 7: months = "40"; break;
                case 8: period = "X"; break;
                case 9: scheme = "\"V\nOL\""; break;
                case 10: year = 1066; break;
                case 11: value += "\""; break;
                case 12: code = "6\"0"; break;
                case 13: text.Append(CultureInfo.InvariantCulture, $"{id},{year},VOL,70,5\" x,\"a\nb\",{code}\n"); break;
                case 14: id = id[..3] + "\"" + id[3..]; break;
            }

            var end = random.Next(8) == 0 ? "\r\n" : "\n";
            text.Append(CultureInfo.InvariantCulture, $"{id},{year},{scheme},{code},{value},{period},{months}{end}");
        }

        return text.ToString();
    }
}
