namespace ImpactAnalytics.Cli.Tests;

/// <summary>
/// The CSVs whose fields need RFC 4180 quoting (data_quality.csv and quarantine/, where messages and the rejected
/// rows' original values hold commas, quotes and line breaks) read back by CsvHelper and by our own reader.
/// The sample run writes none of them (its data are clean), so <c>impact validate</c> (ingestion only) runs on a
/// copy of the sample with two bad register rows.
/// </summary>
public sealed class ValidateOutputCsvTests : IDisposable
{
    private const string NastyName = "Dupont, \"Le Gros\"\nFils NV";
    private readonly string _dir = Directory.CreateTempSubdirectory("impact-validate-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Quoted_commas_quotes_and_line_breaks_in_data_quality_and_quarantine_read_back_the_same_in_both_readers()
    {
        var study = RepoPaths.CopySample(_dir);
        // Line 3002 (two physical lines: a bad check digit and a name that needs every kind of quoting), line 3004
        // (a malformed enterprise number).
        File.AppendAllText(
            Path.Combine(_dir, "register.csv"),
            "0123456748,\"Dupont, \"\"Le Gros\"\"\nFils NV\",62010,NACE-BEL 2008,Antwerpen,2001\n" +
            "12345,\"Alpha, Beta\",62010,NACE-BEL 2008,Antwerpen,2001\n");
        var output = Path.Combine(_dir, "out");

        var (code, _, _) = Cli.Run("validate", study, "--out", output, "--quiet");

        Assert.Equal(ExitCodes.BadInput, code);
        var quality = StrictCsv.Read(Path.Combine(output, "data_quality.csv"));
        Assert.Equal("file,line,column,code,message,severity", string.Join(',', quality.Header));
        Assert.All(quality.Rows, r => Assert.Equal(quality.Header.Count, r.Fields.Length));
        Assert.Contains(quality.Rows, r => r.Fields[0] == "register.csv" && r.Fields[1] == "3002");
        Assert.Contains(quality.Rows, r => r.Fields[0] == "register.csv" && r.Fields[1] == "3004");
        CsvRoundTrip.AssertOurReaderAgrees(Path.Combine(output, "data_quality.csv"), "data_quality.csv");

        var quarantinePath = Path.Combine(output, "quarantine", "register.csv");
        var quarantine = StrictCsv.Read(quarantinePath);
        var name = quarantine.Header.ToList().IndexOf("name");
        Assert.Equal(["line", "code", "message"], quarantine.Header.Take(3));
        Assert.All(quarantine.Rows, r => Assert.Equal(quarantine.Header.Count, r.Fields.Length));
        Assert.Equal(["3002", "3004"], quarantine.Rows.Select(r => r.Fields[0]));
        Assert.Equal([NastyName, "Alpha, Beta"], quarantine.Rows.Select(r => r.Fields[name]));
        CsvRoundTrip.AssertOurReaderAgrees(quarantinePath, "quarantine/register.csv");
    }
}
