using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Quality;
using ImpactAnalytics.Ingestion.Benchmarks;
using ImpactAnalytics.Ingestion.Nace;
using ImpactAnalytics.Ingestion.Tests.Nace;

namespace ImpactAnalytics.Ingestion.Tests.Benchmarks;

public sealed class CsvBenchmarkReaderTests
{
    private const string Sdmx = """
        DATAFLOW,LAST UPDATE,freq,nace_r2,indic_sb,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
        ESTAT:SBS_NA_1A_SE_R2(1.0),01/03/24 23:00:00,A,I561,V12110,BE,2019,11048.4,
        ESTAT:SBS_NA_1A_SE_R2(1.0),01/03/24 23:00:00,A,I561,V16110,BE,2018,115080,b
        ESTAT:SBS_NA_1A_SE_R2(1.0),01/03/24 23:00:00,A,I563,V12150,SE,2019,,c
        ESTAT:SBS_NA_1A_SE_R2(1.0),01/03/24 23:00:00,A,B-S_X_O_S94,V12110,BE,2019,1.0e6,
        """;

    private static readonly NaceClassification Rev2 = NaceClassifications.Load(RepositoryData.NaceFolder)[NaceVersion.Rev2];

    [Fact]
    public void A_hand_made_sdmx_csv_file_parses_with_flags_and_the_dataflow_as_source()
    {
        using var file = new TempFile(".csv", Sdmx);

        var result = SdmxCsvReader.Read(file.Path, Rev2);

        Assert.Equal(4, result.Benchmarks.Count);
        var first = result.Benchmarks[0];
        Assert.Equal(
            new ExternalBenchmark("ESTAT:SBS_NA_1A_SE_R2", "I561", NaceCode.ParseExact("56.1", NaceVersion.Rev2), "BE", 2019, "V12110", 11048.4, string.Empty, string.Empty),
            first);
        Assert.Equal((115080.0, true), (result.Benchmarks[1].Value!.Value, result.Benchmarks[1].HasBreakInSeries));
        Assert.Equal((null, true), (result.Benchmarks[2].Value, result.Benchmarks[2].IsConfidential));
        Assert.Null(result.Benchmarks[3].Nace);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((5L, "nace_r2", ExternalBenchmarkIssueCodes.NaceUnknown, Severity.Warning), (issue.Line, issue.Column, issue.Code, issue.Severity));
    }

    [Fact]
    public void The_front_door_recognises_sdmx_csv_by_its_obs_value_column()
    {
        using var file = new TempFile(".csv", Sdmx);

        var result = ExternalBenchmarks.Read(file.Path);

        Assert.Equal(4, result.Benchmarks.Count);
        Assert.Equal("ESTAT:SBS_NA_1A_SE_R2", result.Benchmarks[0].Source);
    }

    [Fact]
    public void Sdmx_csv_with_labels_keeps_the_codes()
    {
        using var file = new TempFile(".csv", """
            STRUCTURE,STRUCTURE_ID,freq,nace_r2,indic_sbs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
            dataflow,ESTAT:SBS_OVW_ACT(1.0),A:Annual,C2016:Manufacture of plastics in primary forms,NETTUR_MEUR:Net turnover,MIO_EUR:Million euro,BE:Belgium,2021,"6,5",
            """);

        var result = ExternalBenchmarks.Read(file.Path, Rev2);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2L, "OBS_VALUE", ExternalBenchmarkIssueCodes.ValueNotNumeric, Severity.Error), (issue.Line, issue.Column, issue.Code, issue.Severity));
        Assert.Empty(result.Benchmarks);
    }

    [Fact]
    public void A_simple_csv_gives_one_observation_per_filled_indicator()
    {
        using var file = new TempFile(".csv", """
            nace,year,value_added,fte,n_firms
            20.16,2021,125000000,850.5,12
            62.01,2021,98000000,,140
            """);

        var result = ExternalBenchmarks.Read(file.Path, Rev2);

        var name = Path.GetFileName(file.Path);
        Assert.Equal(
            [
                new ExternalBenchmark(name, "20.16", NaceCode.ParseExact("20.16", NaceVersion.Rev2), string.Empty, 2021, "value_added", 125000000, "EUR", string.Empty),
                new ExternalBenchmark(name, "20.16", NaceCode.ParseExact("20.16", NaceVersion.Rev2), string.Empty, 2021, "fte", 850.5, "FTE", string.Empty),
                new ExternalBenchmark(name, "20.16", NaceCode.ParseExact("20.16", NaceVersion.Rev2), string.Empty, 2021, "n_firms", 12, "firms", string.Empty),
                new ExternalBenchmark(name, "62.01", NaceCode.ParseExact("62.01", NaceVersion.Rev2), string.Empty, 2021, "value_added", 98000000, "EUR", string.Empty),
                new ExternalBenchmark(name, "62.01", NaceCode.ParseExact("62.01", NaceVersion.Rev2), string.Empty, 2021, "fte", null, "FTE", string.Empty),
                new ExternalBenchmark(name, "62.01", NaceCode.ParseExact("62.01", NaceVersion.Rev2), string.Empty, 2021, "n_firms", 140, "firms", string.Empty),
            ],
            result.Benchmarks);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((3L, "fte", ExternalBenchmarkIssueCodes.ValueMissing, Severity.Info), (issue.Line, issue.Column, issue.Code, issue.Severity));
    }

    [Fact]
    public void Bad_simple_csv_rows_give_exact_issues()
    {
        using var file = new TempFile(".csv", """
            nace,year,value_added,persons_employed,geo
            10.11,2020,12.5e6,"1,200",BE
            99.99,2020,3000000,40,BE
            "10.12
            ",20x0,1,1,BE
            Z,2020,1,1,BE
            """);

        var result = SimpleBenchmarkCsvReader.Read(file.Path, Rev2);

        Assert.Equal(
            [
                (2L, "persons_employed", ExternalBenchmarkIssueCodes.ValueNotNumeric, Severity.Error),
                (3L, "nace", ExternalBenchmarkIssueCodes.NaceUnknown, Severity.Warning),
                (4L, "year", ExternalBenchmarkIssueCodes.YearInvalid, Severity.Error),
                (6L, "nace", ExternalBenchmarkIssueCodes.NaceUnknown, Severity.Warning),
            ],
            result.Issues.Select(i => (i.Line, i.Column, i.Code, i.Severity)));
        Assert.All(result.Issues, i => Assert.Equal(file.Path, i.File));
        Assert.Equal(
            [("10.11", "value_added", 12.5e6), ("99.99", "value_added", 3000000), ("99.99", "persons_employed", 40), ("Z", "value_added", 1), ("Z", "persons_employed", 1)],
            result.Benchmarks.Select(b => (b.NaceText, b.Indicator, b.Value!.Value)));
        Assert.All(result.Benchmarks, b => Assert.Equal("BE", b.Geo));
    }

    [Fact]
    public void A_csv_without_the_required_columns_is_one_issue_and_no_rows()
    {
        using var file = new TempFile(".csv", "nace,year,turnover\n10.11,2020,5\n");

        var result = ExternalBenchmarks.Read(file.Path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((1L, "value_added", ExternalBenchmarkIssueCodes.ColumnMissing), (issue.Line, issue.Column, issue.Code));
        Assert.Empty(result.Benchmarks);
    }

    [Fact]
    public void Quoted_cells_keep_separators_and_doubled_quotes_and_a_multi_line_cell_does_not_shift_later_lines()
    {
        using var file = new TempFile(".csv",
            "DATAFLOW,freq,nace_r2,indic_sb,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\r\n" +
            "ESTAT:SBS(1.0),A,\"C2016:Plastics, \"\"primary\"\"\r\nforms\",V12110,BE,2019,6.5,\r\n" +
            "\r\n" +
            "ESTAT:SBS(1.0),A,C2016,V12110,BE,2020,n/a,\r\n");

        var result = SdmxCsvReader.Read(file.Path, Rev2);

        var kept = Assert.Single(result.Benchmarks);
        Assert.Equal(("C2016", 2019, 6.5), (kept.NaceText, kept.Year, kept.Value!.Value));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((5L, "OBS_VALUE", ExternalBenchmarkIssueCodes.ValueNotNumeric), (issue.Line, issue.Column, issue.Code));
    }

    [Fact]
    public void A_file_that_ends_inside_a_quoted_cell_keeps_the_rows_before_it_and_names_the_line()
    {
        using var file = new TempFile(".csv", "nace,year,value_added,fte\n10.11,2020,5,1\n10.12,2020,\"7,2\n");

        var result = ExternalBenchmarks.Read(file.Path, Rev2);

        Assert.Equal(["10.11", "10.11"], result.Benchmarks.Select(b => b.NaceText));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((file.Path, 3L, ExternalBenchmarkIssueCodes.FileInvalid, Severity.Error), (issue.File, issue.Line, issue.Code, issue.Severity));
    }

    [Fact]
    public void A_missing_file_is_one_file_issue_at_line_0()
    {
        var path = Path.Combine(Path.GetTempPath(), "ia-bench-" + Guid.NewGuid().ToString("N") + ".csv");

        var result = ExternalBenchmarks.Read(path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((path, 0L, ExternalBenchmarkIssueCodes.FileInvalid, Severity.Error), (issue.File, issue.Line, issue.Code, issue.Severity));
        Assert.Empty(result.Benchmarks);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_a_file_issue_on_its_line_and_is_left_out()
    {
        using var file = new TempFile(".csv", "nace,year,value_added,fte\n10.11,2020,5\n10.12,2020,7,2\n");

        var result = SimpleBenchmarkCsvReader.Read(file.Path, Rev2);

        Assert.Equal(["10.12", "10.12"], result.Benchmarks.Select(b => b.NaceText));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((2L, ExternalBenchmarkIssueCodes.FileInvalid, Severity.Error), (issue.Line, issue.Code, issue.Severity));
    }

    [Fact]
    public void A_semicolon_separated_simple_csv_reads_like_its_comma_twin()
    {
        using var comma = new TempFile(".csv", "nace;year;value_added;fte\n20.16;2021;125000000;850.5\n".Replace(';', ','));
        using var semicolon = new TempFile(".csv", "nace;year;value_added;fte\n20.16;2021;125000000;850.5\n");

        var expected = SimpleBenchmarkCsvReader.Read(comma.Path, Rev2);
        var actual = SimpleBenchmarkCsvReader.Read(semicolon.Path, Rev2);

        Assert.Equal(2, expected.Benchmarks.Count);
        Assert.Equal(expected.Benchmarks.Select(b => b with { Source = string.Empty }), actual.Benchmarks.Select(b => b with { Source = string.Empty }));
        Assert.Empty(actual.Issues);
    }
}
