using System.Text;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Unquoted_records_of_every_length_split_like_a_plain_split_on_separators()
    {
        var random = new Random(5);
        var expected = new List<(long Line, string[] Fields)>();
        var text = new StringBuilder();
        var line = 1L;
        for (var r = 0; r < 400; r++)
        {
            if (random.Next(10) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
                line++;
                continue;
            }

            var fields = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => new string('x', random.Next(12))).ToArray();
            var record = string.Join(';', fields);
            if (record.Length == 0)
            {
                fields = ["y"];
                record = "y";
            }

            text.Append(record).Append(random.Next(4) == 0 ? "\r\n" : "\n");
            expected.Add((line++, fields));
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var reader = new CsvRecordReader(null, (byte)';', bytes, 0, bytes.Length);
        var actual = new List<(long Line, string[] Fields)>();
        while (reader.Read())
        {
            actual.Add((reader.Line, Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i))).ToArray()));
        }

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Line, actual[i].Line);
            Assert.Equal(expected[i].Fields, actual[i].Fields);
        }
    }

    [Fact]
    public void A_quote_far_into_a_long_record_still_protects_its_separators_and_line_break()
    {
        var record = new string('a', 40) + ",\"b,c\nd\"," + new string('e', 30) + "\nnext,row\n";
        var bytes = Encoding.UTF8.GetBytes(record);
        var reader = new CsvRecordReader(null, (byte)',', bytes, 0, bytes.Length);

        Assert.True(reader.Read());
        Assert.Equal(3, reader.FieldCount);
        Assert.Equal("b,c\nd", Encoding.UTF8.GetString(reader.Field(1)));
        Assert.True(reader.Read());
        Assert.Equal((3L, 2), (reader.Line, reader.FieldCount));
        Assert.False(reader.Read());
    }
}
