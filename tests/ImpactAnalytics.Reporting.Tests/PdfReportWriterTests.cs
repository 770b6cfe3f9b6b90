using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model;
using ImpactAnalytics.Reporting.Pdf;
using UglyToad.PdfPig;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class PdfReportWriterTests(DemoPdfFixture fixture) : IClassFixture<DemoPdfFixture>
{
    private static readonly ReportCulture _nl = ReportCulture.DutchBelgium;

    [Fact]
    public void Page_count_matches_what_the_writer_reports()
    {
        using var document = PdfDocument.Open(fixture.Dutch.Bytes);

        Assert.Equal(fixture.Dutch.ReportedPages, document.NumberOfPages);
        Assert.True(document.NumberOfPages >= 5, $"{document.NumberOfPages} pages");
    }

    [Fact]
    public void Every_page_is_numbered_in_the_report_language()
    {
        var pages = fixture.Dutch.PageTexts;
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p. {i + 1} van {pages.Count}"), pages[i], StringComparison.Ordinal);
        }

        var english = fixture.English.PageTexts;
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p. 2 of {english.Count}"), english[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_actually_drawn_on_every_page()
    {
        // Skia draws no glyphs at all when it finds no font; this fails then.
        using var document = PdfDocument.Open(fixture.Dutch.Bytes);

        Assert.All(document.GetPages(), page => Assert.True(page.Letters.Count > 40, $"page {page.Number}: {page.Letters.Count} letters"));
    }

    [Fact]
    public void The_shipped_font_is_embedded()
    {
        using var document = PdfDocument.Open(fixture.Dutch.Bytes);

        var fonts = document.GetPage(2).Letters.Select(l => l.FontName).Distinct().ToArray();

        Assert.Contains(fonts, f => f?.Contains("LiberationSans", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Title_page_shows_study_period_date_and_sources()
    {
        var title = fixture.Dutch.PageTexts[0];

        Assert.Contains("Impact van clusterlidmaatschap", title, StringComparison.Ordinal);
        Assert.Contains("Studie Speerpuntclusters 2014–2022", title, StringComparison.Ordinal);
        Assert.Contains("Periode 2014–2022", title, StringComparison.Ordinal);
        Assert.Contains("Datum 28 november 2025", title, StringComparison.Ordinal);
        Assert.Contains("NBB Balanscentrale (jaarrekeningen)", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_table_values_appear_in_dutch_formatting()
    {
        var text = fixture.Dutch.AllText;

        Assert.Contains("Kernbevindingen", text, StringComparison.Ordinal);
        Assert.Contains("Methodologische bijlage", text, StringComparison.Ordinal);
        Assert.Contains("Tabel 1. Kerncijfers per cluster, 2022", text, StringComparison.Ordinal);
        Assert.Contains(DemoPdf.Normalise(_nl.Euro(4_812_345_678)), text, StringComparison.Ordinal);
        Assert.Contains("€ 4.812.345.678", text, StringComparison.Ordinal);
        Assert.Contains("31.245,5", text, StringComparison.Ordinal);
        Assert.Contains("+18,2 %", text, StringComparison.Ordinal);
        Assert.Contains("1.234", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_report_uses_english_formatting()
    {
        var text = fixture.English.AllText;

        Assert.Contains("€4,812,345,678", text, StringComparison.Ordinal);
        Assert.Contains("31,245.5", text, StringComparison.Ordinal);
        Assert.Contains(ReportTexts.English.SourceLine, text, StringComparison.Ordinal);
        Assert.Contains("Method annex", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_cells_have_the_footnote_and_tables_their_n_and_source()
    {
        var text = fixture.Dutch.AllText;

        Assert.Contains(ReportTexts.Dutch.SuppressedFootnote, text, StringComparison.Ordinal);
        Assert.Contains("N = 1.234 ondernemingen", text, StringComparison.Ordinal);
        Assert.Contains("Eenheid: euro per VTE", text, StringComparison.Ordinal);
        Assert.Contains(ReportTexts.Dutch.SourceLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_runs_on_with_its_title_and_header_repeated()
    {
        var continued = fixture.Dutch.PageTexts
            .Where(p => p.Contains("Tabel A1. Sectorbenchmarks (NACE-klasse), 2022 (vervolg)", StringComparison.Ordinal))
            .ToArray();

        var page = Assert.Single(continued);
        Assert.Contains("NACE-code Jaar Ondernemingen Mediane productiviteit Verhouding", page, StringComparison.Ordinal);
        Assert.Contains("3553", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_drawn_as_vectors_with_their_text()
    {
        using var document = PdfDocument.Open(fixture.Dutch.Bytes);

        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
        Assert.Contains("Productiviteitspremie t.o.v. de sector", fixture.Dutch.AllText, StringComparison.Ordinal);
        Assert.Contains("2014", fixture.Dutch.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_properties_carry_title_and_creator()
    {
        using var document = PdfDocument.Open(fixture.Dutch.Bytes);

        Assert.Equal("Impact van clusterlidmaatschap", document.Information.Title);
        Assert.Equal("ImpactAnalytics 0.1.0", document.Information.Creator);
    }

    [Fact]
    public void A_report_without_blocks_is_a_single_title_page()
    {
        var metadata = DemoReport.Build().Metadata;
        using var stream = new MemoryStream();

        var pages = PdfReportWriter.Write(new ReportDocument(metadata, []), stream);

        Assert.Equal(1, pages);
        using var document = PdfDocument.Open(stream.ToArray());
        Assert.Equal(1, document.NumberOfPages);
    }

    [Fact]
    public void A_table_row_with_the_wrong_number_of_cells_is_rejected()
    {
        var table = DemoReport.KeyFigures() with { Rows = [new TableRow("only one")] };
        var document = new ReportDocument(DemoReport.Build().Metadata, [new TableBlock(table)]);
        using var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => PdfReportWriter.Write(document, stream));
        Assert.Contains("cluster_summary", error.Message, StringComparison.Ordinal);
    }
}
