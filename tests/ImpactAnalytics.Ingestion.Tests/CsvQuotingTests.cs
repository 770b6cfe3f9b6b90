using System.Text;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// The quoting rule (a quote opens a quoted field only as the field's first byte) and CR-only line ends, in the
/// reader, the dialect sniffer and the block splitter of the parallel long-form parse.
/// </summary>
public sealed class CsvQuotingTests
{
    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_is_a_literal_character()
    {
        var records = Read("1,ab\"c,3\n2,d,4\n3,e,5\n", (byte)',');

        Assert.Equal(
            new[] { "1:1|ab\"c|3", "2:2|d|4", "3:3|e|5" },
            records);
    }

    [Fact]
    public void A_quote_after_a_leading_space_does_not_open_quoting()
    {
        var records = Read("1, \"a,b\",3\n2,c,4\n", (byte)',');

        Assert.Equal(new[] { "1:1| \"a|b\"|3", "2:2|c|4" }, records);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_kept_with_its_quotes_literal()
    {
        var records = Read("\"ab\"c\"d,e\n\"x\"\"y\",\"\"\n", (byte)',');

        Assert.Equal(new[] { "1:abc\"d|e", "2:x\"y|" }, records);
    }

    [Fact]
    public void A_quote_opening_a_field_still_protects_separators_and_line_breaks_after_a_stray_quote()
    {
        var records = Read("5\" pipe,\"a,b\nc\",1\nnext,row,2\n", (byte)',');

        Assert.Equal(new[] { "1:5\" pipe|a,b\nc|1", "3:next|row|2" }, records);
    }

    [Fact]
    public void A_quote_opened_at_a_field_start_and_never_closed_still_runs_to_the_end()
    {
        var bytes = Encoding.UTF8.GetBytes("1,\"ab,3\n2,d,4\n");
        var reader = new CsvRecordReader(null, (byte)',', bytes, 0, bytes.Length);

        Assert.True(reader.Read());
        Assert.True(reader.UnclosedQuote);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Cr_only_line_ends_end_records_and_count_lines()
    {
        var records = Read("a,b\r1,2\r\r3,\"x\ry\"\r4,5", (byte)',', (byte)'\r');

        Assert.Equal(new[] { "1:a|b", "2:1|2", "4:3|x\ry", "6:4|5" }, records);
    }

    [Theory]
    [InlineData("a,b\r1,2\r", true, '\r')]
    [InlineData("a,b\r", true, '\r')]
    [InlineData("a,b\r", false, '\n')]
    [InlineData("a,b\r\n1,2\r\n", true, '\n')]
    [InlineData("a,b\n1,2\n", true, '\n')]
    [InlineData("a,b\r1,2\n", true, '\n')]
    [InlineData("a,b", true, '\n')]
    public void The_sniffer_chooses_cr_only_when_the_sample_has_a_cr_and_no_lf(string sample, bool whole, char expected)
    {
        Assert.Equal((byte)expected, DialectSniffer.LineEnd(Encoding.UTF8.GetBytes(sample), whole));
    }

    [Fact]
    public void A_cr_only_header_is_split_on_its_separator()
    {
        Assert.Equal((byte)';', DialectSniffer.Separator("a;b;c\r1,5;2,5;3\r"u8, (byte)'\r'));
    }

    [Fact]
    public void A_stray_quote_in_the_header_does_not_hide_the_separators_after_it()
    {
        Assert.Equal((byte)';', DialectSniffer.Separator("id;size 5\";name,x;value\n"u8));
    }

    [Theory]
    [InlineData("1,ab\"c,3\n2,d,4\n3,e", (byte)',', (byte)'\n', 15)]
    [InlineData("1,\"ab\nc\",3\n2,d", (byte)',', (byte)'\n', 11)]
    [InlineData("1,\"ab\nc", (byte)',', (byte)'\n', 0)]
    [InlineData("1;\"a\"\"\n\";3\n2;\"b\"x\"\n3", (byte)';', (byte)'\n', 19)]
    [InlineData("1,ab\"c,3\r2,\"d\re\",4\r3", (byte)',', (byte)'\r', 19)]
    public void The_splitter_cuts_after_the_last_line_end_the_reader_ends_a_record_at(string text, byte separator, byte lineEnd, int expected)
    {
        Assert.Equal(expected, RecordBlockSplitter.LastRecordEnd(Encoding.UTF8.GetBytes(text), separator, lineEnd));
    }

    [Theory]
    [InlineData((byte)'\n')]
    [InlineData((byte)'\r')]
    public void Cutting_anywhere_the_splitter_allows_reads_the_same_records_as_one_pass(byte lineEnd)
    {
        var random = new Random(17);
        string[] pieces = ["a", "b", "\"", ",", "\n", "\r", "\"\"", " ", "\r\n", ",\""];
        for (var round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var whole = Records(bytes, 1, lineEnd);
            for (var length = 0; length <= bytes.Length; length++)
            {
                var cut = RecordBlockSplitter.LastRecordEnd(bytes.AsSpan(0, length), (byte)',', lineEnd);
                var firstLine = 1 + bytes.AsSpan(0, cut).Count(lineEnd);
                var parts = Records(bytes[..cut], 1, lineEnd).Concat(Records(bytes[cut..], firstLine, lineEnd));
                Assert.True(whole.SequenceEqual(parts), $"'{text}' cut at {cut} of {length}");
            }
        }
    }

    private static List<string> Records(byte[] bytes, long firstLine, byte lineEnd)
    {
        var reader = new CsvRecordReader(null, (byte)',', bytes, 0, bytes.Length, firstLine, lineEnd);
        var records = new List<string>();
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i)));
            records.Add($"{reader.Line}:{reader.UnclosedQuote}:{string.Join('|', fields)}");
        }

        return records;
    }

    private static string[] Read(string text, byte separator, byte lineEnd = (byte)'\n')
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new CsvRecordReader(null, separator, bytes, 0, bytes.Length, lineEnd: lineEnd);
        var records = new List<string>();
        while (reader.Read())
        {
            Assert.False(reader.UnclosedQuote);
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i)));
            records.Add($"{reader.Line}:{string.Join('|', fields)}");
        }

        return [.. records];
    }
}
