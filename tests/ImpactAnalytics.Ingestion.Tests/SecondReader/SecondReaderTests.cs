using System.Text;

namespace ImpactAnalytics.Ingestion.Tests.SecondReader;

/// <summary>
/// CsvHelper as a second, independent RFC 4180 reader of our byte tokenizer on tricky inputs: both must return the
/// same header, the same fields of every record, and the same physical line on which each record starts.
/// </summary>
public sealed class SecondReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly Dictionary<string, (byte[] Bytes, char Separator)> Inputs = new(StringComparer.Ordinal)
    {
        ["quoted separators"] = (Utf8("id,name,value\n1,\"a,b\",3\n2,\"x, y, z\",4\n"), ','),
        ["doubled quotes"] = (Utf8("id,name,value\n1,\"He said \"\"hi\"\"\",3\n2,\"\"\"\"\"\",4\n3,\"\"\"quoted\"\" start\",5\n"), ','),
        ["quoted LF newlines"] = (Utf8("id,name,value\n1,\"line one\nline two\n\nline four\",3\n2,plain,4\n"), ','),
        ["quoted CRLF newlines"] = (Utf8("id,name,value\r\n1,\"line one\r\nline two\",3\r\n2,plain,4\r\n"), ','),
        ["BOM"] = ([.. Bom, .. Utf8("id,name,value\n1,Société Générale,3\n")], ','),
        ["BOM, semicolons, decimal comma"] = ([.. Bom, .. Utf8("id;name;value\r\n1;\"a;b\";1,5\r\n2;Brasserie Dupré;\"2,25\"\r\n")], ';'),
        ["tabs"] = (Utf8("id\tname\tvalue\n1\t\"a\tb\"\t3\n2\tc\t4\n"), '\t'),
        ["empty fields"] = (Utf8("id,name,value\n1,,3\n2,\"\",\n,,\n"), ','),
        ["no final line break"] = (Utf8("id,name,value\n1,a,3\n2,\"b\nc\",4"), ','),
        ["blank lines"] = (Utf8("id,name,value\n\n1,a,3\n\n\n2,b,4\n\n"), ','),
        ["blank CRLF lines"] = (Utf8("id,name,value\r\n\r\n1,a,3\r\n\r\n2,b,4\r\n"), ','),
        ["unicode"] = (Utf8("id,name,value\n1,Ærø €5 ü 北京,3\n2,\"Ærø, €\",4\n"), ','),
        ["surrounding spaces"] = (Utf8("id,name,value\n1,  padded  ,3\n2,\" quoted pad \",4\n"), ','),
        ["everything quoted"] = (Utf8("\"id\",\"name\",\"value\"\n\"1\",\"a\",\"3\"\n"), ','),
        ["field counts differing from the header"] = (Utf8("id,name,value\n1,a\n2,b,3,4\n3,c,5\n"), ','),
        ["paired quotes inside unquoted fields"] = (Utf8("id,name,value\n1,Bakkerij \"Het Hoekje\" BV,3\n2,ab \"c,d\" e,4\n3,\"ab\"c,5\n"), ','),
        ["stray quote in an unquoted field"] = (Utf8("id,name,value\n1,ab\"c,3\n2,d,4\n3,e,5\n"), ','),
        ["inch mark in a firm name"] = (Utf8("id;name;value\n1;Acme BV 5\" Tools;3\n2;\"Quoted; name\";4\n3;Rest;5\n"), ';'),
        ["stray quotes in several fields"] = (Utf8("id,name,value\n1,a\"b,c\"d\n2,x\"\",4\n3,\"q\"\"r\",5\n"), ','),
        ["stray quote then a quoted line break"] = (Utf8("id,name,value\n1,5\" pipe,\"two\nlines\"\n2,b,4\n"), ','),
        ["quote after a leading space"] = (Utf8("id,name,value\n1, \"a,b\",3\n2,c,4\n"), ','),
        ["CR-only line ends"] = (Utf8("id,name,value\r1,a,3\r2,\"b,c\",4\r3,d,5\r"), ','),
        ["CR-only line ends with a quoted CR"] = (Utf8("id;name;value\r1;\"two\rlines\";3\r2;e\"f;4\r\r3;g;5"), ';'),
        ["records across buffer boundaries"] = (Utf8(LargeInput()), ','),
    };

    public static TheoryData<string> Names => [.. Inputs.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Our_tokenizer_and_csvhelper_read_the_same_fields_and_lines(string name)
    {
        using var dir = new TempFolder();
        var (bytes, separator) = Inputs[name];
        var path = dir.WriteBytes("input.csv", bytes);

        var (ours, dialect) = OurReader.Read(path);
        var theirs = CsvHelperReader.Read(path, separator);

        Assert.Equal(separator, dialect.Separator);
        Assert.Equal(theirs.Header, ours.Header);
        Assert.True(theirs.Rows.Count > 0, "CsvHelper read no record");
        Assert.True(theirs.ToString() == ours.ToString(), FirstDifference(theirs, ours));
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    [Fact]
    public void A_register_with_an_inch_mark_at_line_11_keeps_every_row_after_it()
    {
        using var dir = new TempFolder();
        var text = new StringBuilder("id,name,value\n");
        for (var i = 2; i <= 3001; i++)
        {
            text.Append(i).Append(i == 11 ? ",Acme BV 5\" Tools," : ",Firm,").Append(i % 7).Append('\n');
        }

        var path = dir.WriteBytes("register.csv", Utf8(text.ToString()));

        var (ours, _) = OurReader.Read(path);
        var theirs = CsvHelperReader.Read(path, ',');

        Assert.Equal(3000, ours.Rows.Count);
        Assert.Equal("Acme BV 5\" Tools", ours.Rows[9].Fields[1]);
        Assert.True(theirs.ToString() == ours.ToString(), FirstDifference(theirs, ours));
    }

    // 20,000 records (about 1.6 MB) with quoted separators, doubled quotes and line breaks, so that records straddle
    // our 1 MiB read buffer and CsvHelper's 64 KiB one.
    private static string LargeInput()
    {
        var text = new StringBuilder("id,name,value\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i).Append(",\"firm ").Append(i).Append(", \"\"quoted\"\"\nsecond line\",").Append(i * 7 % 1000).Append('\n');
        }

        return text.ToString();
    }

    private static string FirstDifference(CsvTable theirs, CsvTable ours)
    {
        var a = theirs.ToString().Split('\n');
        var b = ours.ToString().Split('\n');
        var i = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], Math.Min(a.Length, b.Length));
        return $"record {i} differs (line: fields):\nCsvHelper: {a.ElementAtOrDefault(i)}\nours:      {b.ElementAtOrDefault(i)}\n({a.Length - 1} and {b.Length - 1} records)";
    }
}
