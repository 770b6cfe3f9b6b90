using System.Globalization;
using System.IO.Compression;
using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Reporting.Formatting;

namespace ImpactAnalytics.Reporting.Tests.Run;

public sealed class ReportWriteTests(RunFixture fixture) : IClassFixture<RunFixture>
{
    private static readonly string[] _contractFiles =
    [
        "report.pdf", "tables.xlsx", "tables/benchmarks.csv", "tables/cluster_summary.csv",
        "tables/membership_flows.csv", "confidential/member_deltas.csv",
        "charts/premium_by_cluster.png", "charts/premium_by_cluster.svg",
        "charts/distribution_by_cluster.png", "charts/distribution_by_cluster.svg",
        "charts/all_clusters_premium.png", "charts/all_clusters_distribution.svg",
        "charts/all_clusters_index.png", "charts/all_clusters_flows.svg",
    ];

    [Fact]
    public void Every_file_of_the_run_exists_is_listed_and_is_not_empty()
    {
        var run = fixture.Dutch;

        Assert.All(_contractFiles, f => Assert.Contains(f, run.Files.Files));
        Assert.All(run.Files.Files, f => Assert.True(new FileInfo(run.PathOf(f)).Length > 0, f));
        var onDisk = Directory.EnumerateFiles(run.Folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(run.Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(run.Files.Files, onDisk);
    }

    [Fact]
    public void Every_chart_has_a_png_and_an_svg()
    {
        var charts = fixture.Dutch.Files.Files.Where(f => f.StartsWith("charts/", StringComparison.Ordinal)).ToArray();

        var png = charts.Where(f => f.EndsWith(".png", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension);
        var svg = charts.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(png, svg);
        // Overview (2) plus four per cluster and for all clusters together.
        var clusters = fixture.Dutch.Result.ClusterYears.Select(s => s.Cluster).Distinct().Count();
        Assert.Equal(2 + (4 * clusters), png.Count());
    }

    [Fact]
    public void Pdf_pages_are_numbered_and_the_title_page_names_study_period_and_date()
    {
        var pages = fixture.Dutch.PageTexts;

        Assert.Equal(fixture.Dutch.Files.Pages, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"p. {i + 1} van {pages.Count}"), pages[i], StringComparison.Ordinal);
        }

        Assert.Contains("Studie generated", pages[0], StringComparison.Ordinal);
        Assert.Contains("Periode 2016–2023", pages[0], StringComparison.Ordinal);
        Assert.Contains("28 november 2025", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_cluster_chapter_shows_the_premiums_of_cluster_summary_csv_in_nl_BE()
    {
        var run = fixture.Dutch;
        var culture = ReportCulture.DutchBelgium;
        var rows = CsvFile.Read(run.PathOf("tables/cluster_summary.csv"));
        var checkedFigures = 0;
        foreach (var cluster in rows.Select(r => r["cluster"]).Distinct())
        {
            var name = cluster == ClusterKeys.All ? "alle clusters" : cluster;
            var chapter = string.Join('\n', run.PageTexts.Where(p => p.Contains("Kerncijfers van " + name + " per jaar", StringComparison.Ordinal)));
            Assert.False(chapter.Length == 0, $"no key-figure table for {cluster}");
            foreach (var row in rows.Where(r => r["cluster"] == cluster && r["premium_adjusted"].Length > 0))
            {
                var premium = culture.SignedPercent(double.Parse(row["premium_adjusted"], CultureInfo.InvariantCulture));
                Assert.Contains(DemoPdf.Normalise(premium), chapter, StringComparison.Ordinal);
                checkedFigures++;
            }
        }

        Assert.True(checkedFigures > 20, $"{checkedFigures} premiums checked");
    }

    [Fact]
    public void Suppressed_cluster_years_show_x_and_no_figure()
    {
        var rows = CsvFile.Read(fixture.Dutch.PathOf("tables/cluster_summary.csv"));
        var suppressed = rows.Where(r => r["suppressed"] == "true").ToArray();

        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, r =>
        {
            Assert.NotEqual(string.Empty, r["suppression_reason"]);
            Assert.All(new[] { "va_total", "cluster_lp", "premium_adjusted", "mean_log_ratio", "ci_low", "va_share" },
                column => Assert.Equal(string.Empty, r[column]));
        });
        Assert.Contains("x: niet gepubliceerd", fixture.Dutch.PdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_findings_give_the_premium_with_its_interval_and_the_caveat()
    {
        var findings = fixture.Dutch.PageTexts[1];
        var all = fixture.Dutch.Result.ClusterYears.Last(s => s.Cluster == ClusterKeys.All && !s.Suppressed);
        var culture = ReportCulture.DutchBelgium;

        Assert.Contains("Kernbevindingen", findings, StringComparison.Ordinal);
        Assert.Contains(DemoPdf.Normalise(culture.Percent(Math.Abs(all.PremiumAdjusted!.Value))) + " boven wat hun sectoren", findings, StringComparison.Ordinal);
        Assert.Contains("95 %-interval", findings, StringComparison.Ordinal);
        Assert.Contains("geen impactschatting", findings, StringComparison.Ordinal);
        Assert.Contains("niet berekend", fixture.Dutch.PdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_annex_names_formula_ids_benchmark_rules_and_disclosure()
    {
        var text = fixture.Dutch.PdfText;

        Assert.Contains("Methodologische bijlage", text, StringComparison.Ordinal);
        Assert.Contains("va.gross-margin", text, StringComparison.Ordinal);
        Assert.Contains("premium_adjusted = cluster_lp / expected_lp − 1", text, StringComparison.Ordinal);
        Assert.Contains("gewinsoriseerd op P1/P99", text, StringComparison.Ordinal);
        Assert.Contains("minder dan 10 ondernemingen (min_cell)", text, StringComparison.Ordinal);
        Assert.Contains("Benchmarkcellen per NACE-niveau", text, StringComparison.Ordinal);
        Assert.Contains("meer dan 85 % van haar TW", text, StringComparison.Ordinal);
        Assert.Contains("Bron: NBB Balanscentrale; bewerking ImpactAnalytics", text, StringComparison.Ordinal);
        Assert.Contains(ReportCulture.DutchBelgium.WholeNumber(fixture.Dutch.Population.Panel.RowCount), text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_enterprise_number_or_firm_name_reaches_a_published_file()
    {
        var run = fixture.Dutch;
        var panel = run.Population.Panel;
        var secrets = panel.FirmIds.SelectMany(id => new[] { id.ToString(), id.ToDottedString() })
            .Concat(panel.FirmNames)
            .ToArray();
        var published = new Dictionary<string, string>(StringComparer.Ordinal) { ["report.pdf"] = run.PdfText };
        foreach (var file in run.Files.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            published[file] = File.ReadAllText(run.PathOf(file));
        }

        published["tables.xlsx"] = XlsxText(run.PathOf("tables.xlsx"));

        foreach (var (file, text) in published.Where(p => !p.Key.StartsWith("confidential/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("SYNTH", text, StringComparison.Ordinal);
            var leak = secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
            Assert.True(leak is null, $"{file} holds {leak}");
        }

        // The check can fail: the confidential table does hold the members' numbers.
        var confidential = published["confidential/member_deltas.csv"];
        Assert.Contains(run.Result.MemberDeltas[0].EnterpriseNumber.ToString(), confidential, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_csvs()
    {
        var csvs = fixture.Dutch.Files.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).ToArray();

        Assert.Equal(4, csvs.Length);
        Assert.All(csvs, f => Assert.Equal(File.ReadAllBytes(fixture.Dutch.PathOf(f)), File.ReadAllBytes(fixture.DutchAgain.PathOf(f))));
    }

    [Fact]
    public void The_csvs_do_not_depend_on_the_report_language()
    {
        var csvs = fixture.Dutch.Files.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal));

        Assert.All(csvs, f => Assert.Equal(File.ReadAllBytes(fixture.Dutch.PathOf(f)), File.ReadAllBytes(fixture.English.PathOf(f))));
    }

    [Fact]
    public void English_report_speaks_English_with_English_numbers()
    {
        var run = fixture.English;
        var culture = ReportCulture.EnglishBritain;
        var all = run.Result.ClusterYears.Last(s => s.Cluster == ClusterKeys.All && !s.Suppressed);

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"p. 2 of {run.PageTexts.Count}"), run.PageTexts[1], StringComparison.Ordinal);
        Assert.Contains("Key findings", run.PdfText, StringComparison.Ordinal);
        Assert.Contains("not an impact estimate", run.PdfText, StringComparison.Ordinal);
        Assert.Contains("Method annex", run.PdfText, StringComparison.Ordinal);
        Assert.Contains("Source: NBB Central Balance Sheet Office", run.PdfText, StringComparison.Ordinal);
        Assert.Contains(culture.SignedPercent(all.PremiumAdjusted!.Value), run.PdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kernbevindingen", run.PdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_has_one_sheet_per_published_table_in_the_report_language()
    {
        Assert.Equal(["Kerncijfers", "Ledenstromen", "Verdeling leden", "Indexreeksen", "Benchmarks"], SheetNames(fixture.Dutch.PathOf("tables.xlsx")));
        Assert.Equal(["Key figures", "Membership flows", "Member distribution", "Index series", "Benchmarks"], SheetNames(fixture.English.PathOf("tables.xlsx")));
        var text = XlsxText(fixture.Dutch.PathOf("tables.xlsx"));
        Assert.Contains("Toegevoegde waarde (euro)", text, StringComparison.Ordinal);
        Assert.Contains("Bron: NBB Balanscentrale; bewerking ImpactAnalytics", text, StringComparison.Ordinal);
        Assert.Contains(">x<", text, StringComparison.Ordinal);
    }

    private static string[] SheetNames(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => s.Name!.Value!).ToArray();
    }

    private static string XlsxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Join('\n', zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
