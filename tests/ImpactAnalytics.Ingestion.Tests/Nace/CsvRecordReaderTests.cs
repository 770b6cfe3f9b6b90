using ImpactAnalytics.Ingestion.Nace;

namespace ImpactAnalytics.Ingestion.Tests.Nace;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks()
    {
        var text = "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n\r\n2,,\n";

        var records = CsvRecordReader.Read(new StringReader(text)).ToArray();

        Assert.Equal(3, records.Length);
        Assert.Equal(["1", "x, \"y\"", "two\r\nlines"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["2", "", ""], records[2].Fields);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void A_file_that_ends_inside_quotes_is_flagged()
    {
        var records = CsvRecordReader.Read(new StringReader("a,b\n1,\"open\n")).ToArray();

        Assert.True(records[^1].UnterminatedQuote);
        Assert.False(records[0].UnterminatedQuote);
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_a_record()
    {
        var records = CsvRecordReader.Read(new StringReader("a;b\rc;d"), ';').Select(r => string.Join("|", r.Fields));

        Assert.Equal(["a|b", "c|d"], records);
    }
}
