using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Benchmarks;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Tests.Nace;

namespace ImpactAnalytics.Ingestion.Tests.Benchmarks;

public sealed class JsonStatReaderTests
{
    [Fact]
    public void Belgian_restaurants_2019_have_the_published_turnover_and_persons_employed()
    {
        var turnover = JsonStatReader.Read(EurostatReference.Turnover).Benchmarks.Single(b => b is { NaceText: "I561", Geo: "BE", Year: 2019 });
        var persons = JsonStatReader.Read(EurostatReference.PersonsEmployed).Benchmarks.Single(b => b is { NaceText: "I561", Geo: "BE", Year: 2019 });

        Assert.Equal(("V12110", 11048.4, "million euro"), (turnover.Indicator, turnover.Value!.Value, turnover.Unit));
        Assert.Equal(("V16110", 101960.0, "number"), (persons.Indicator, persons.Value!.Value, persons.Unit));
        Assert.Equal(NaceCode.ParseExact("56.1", NaceVersion.Rev2), turnover.Nace);
        Assert.Equal("ESTAT:SBS_NA_1A_SE_R2", turnover.Source);
        Assert.Equal(string.Empty, turnover.Flags);
    }

    [Fact]
    public void Every_value_of_both_responses_equals_the_tidy_files_row_with_the_same_flag()
    {
        var rev2 = NaceClassifications.Load(RepositoryData.NaceFolder)[NaceVersion.Rev2];
        var results = new[] { EurostatReference.Turnover, EurostatReference.PersonsEmployed }.Select(p => JsonStatReader.Read(p, rev2)).ToArray();
        var read = results.SelectMany(r => r.Benchmarks)
            .ToDictionary(b => $"{b.NaceText},{b.Indicator},{b.Geo},{b.Year.ToString(CultureInfo.InvariantCulture)}");
        var tidy = File.ReadAllLines(EurostatReference.Tidy).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

        Assert.All(results, r => Assert.Empty(r.Issues));
        Assert.Equal(198, tidy.Length);
        Assert.Equal(tidy.Length, read.Count);
        foreach (var row in tidy)
        {
            var b = read[string.Join(',', row[..4])];
            Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), b.Value);
            Assert.Equal(row[5], b.Flags);
            Assert.Equal(row[5] == "b", b.HasBreakInSeries);
        }
    }

    [Fact]
    public void Observations_come_in_flat_index_order_over_id()
    {
        var benchmarks = JsonStatReader.Read(EurostatReference.Turnover).Benchmarks;

        // id = [freq, nace_r2, indic_sb, geo, time], sizes [1, 3, 1, 11, 3]: time varies fastest, then geo, then NACE.
        Assert.Equal(99, benchmarks.Count);
        Assert.Equal(("I561", "BE", 2018, 9593.4), (benchmarks[0].NaceText, benchmarks[0].Geo, benchmarks[0].Year, benchmarks[0].Value!.Value));
        Assert.Equal(("I561", "CZ", 2018), (benchmarks[3].NaceText, benchmarks[3].Geo, benchmarks[3].Year));
        Assert.Equal(("I562", "BE", 2018), (benchmarks[33].NaceText, benchmarks[33].Geo, benchmarks[33].Year));
    }

    [Fact]
    public void A_confidential_value_is_missing_and_flagged_and_a_break_is_kept_and_flagged()
    {
        using var file = new TempFile(".json", JsonStat("""{"0": 1.5, "1": 99.0}""", """{"0": "b", "1": "c", "2": "c"}"""));

        var result = JsonStatReader.Read(file.Path);

        Assert.Empty(result.Issues);
        Assert.Equal(3, result.Benchmarks.Count);
        Assert.Equal((1.5, true, false), (result.Benchmarks[0].Value!.Value, result.Benchmarks[0].HasBreakInSeries, result.Benchmarks[0].IsConfidential));
        Assert.Equal((null, true), (result.Benchmarks[1].Value, result.Benchmarks[1].IsConfidential));
        Assert.Equal((null, "c", 2020), (result.Benchmarks[2].Value, result.Benchmarks[2].Flags, result.Benchmarks[2].Year));
        Assert.Equal("MIO_EUR", result.Benchmarks[0].Unit);
    }

    [Fact]
    public void A_dense_value_array_is_read_like_the_sparse_object()
    {
        using var file = new TempFile(".json", JsonStat("[1.0, null, 3.0]", "\"p\""));

        var result = JsonStatReader.Read(file.Path);

        Assert.Equal([(2018, 1.0), (2020, 3.0)], result.Benchmarks.Select(b => (b.Year, b.Value!.Value)));
        Assert.All(result.Benchmarks, b => Assert.Equal("p", b.Flags));
    }

    [Fact]
    public void A_text_value_and_an_unknown_nace_code_give_exact_issues()
    {
        using var file = new TempFile(".json", JsonStat("""{"0": "n/a", "1": 2.0}""", "{}", nace: "I569"));
        var rev2 = NaceClassifications.Load(RepositoryData.NaceFolder)[NaceVersion.Rev2];

        var result = JsonStatReader.Read(file.Path, rev2);

        Assert.Equal(
            [("value[0]", ExternalBenchmarkIssueCodes.ValueNotNumeric, Core.Quality.Severity.Error), ("value[1]", ExternalBenchmarkIssueCodes.NaceUnknown, Core.Quality.Severity.Warning)],
            result.Issues.Select(i => (i.Column, i.Code, i.Severity)));
        Assert.All(result.Issues, i => Assert.Equal((file.Path, 0L), (i.File, i.Line)));
        var kept = Assert.Single(result.Benchmarks);
        Assert.Equal(("I569", null, 2019), (kept.NaceText, kept.Nace, kept.Year));
    }

    [Fact]
    public void A_file_that_is_not_json_stat_is_one_file_issue()
    {
        using var file = new TempFile(".json", """{"version": "2.0", "class": "collection"}""");

        var result = JsonStatReader.Read(file.Path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ExternalBenchmarkIssueCodes.FileInvalid, issue.Code);
        Assert.Empty(result.Benchmarks);
    }

    private static string JsonStat(string value, string status, string nace = "C2016") => """
        {"version":"2.0","class":"dataset","source":"ESTAT","value":VALUE,"status":STATUS,
         "id":["freq","unit","nace_r2","indic_sbs","geo","time"],"size":[1,1,1,1,1,3],
         "dimension":{
           "freq":{"category":{"index":{"A":0}}},
           "unit":{"category":{"index":["MIO_EUR"]}},
           "nace_r2":{"category":{"index":{"NACE":0}}},
           "indic_sbs":{"category":{"label":{"NETTUR_MEUR":"Net turnover"}}},
           "geo":{"category":{"index":{"BE":0}}},
           "time":{"category":{"index":{"2018":0,"2019":1,"2020":2}}}},
         "extension":{"id":"SBS_OVW_ACT"}}
        """.Replace("VALUE", value, StringComparison.Ordinal).Replace("STATUS", status, StringComparison.Ordinal).Replace("NACE", nace, StringComparison.Ordinal);
}
