using System.Xml.Linq;
using ImpactAnalytics.Reporting.Charts;
using ImpactAnalytics.Reporting.Formatting;
using ImpactAnalytics.Reporting.Model.Charts;
using SkiaSharp;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class ChartFileWriterTests
{
    public static TheoryData<string> ChartNames => new(DemoCharts.All().Select(c => c.FileName));

    private static ReportChart Chart(string fileName) => DemoCharts.All().Single(c => c.FileName == fileName);

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Png_has_the_expected_size_and_is_not_blank(string fileName)
    {
        using var stream = new MemoryStream();

        ChartFileWriter.WritePng(Chart(fileName), ReportCulture.DutchBelgium, stream, ChartSize.Standard);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        Assert.Equal(1280, bitmap.Width);
        Assert.Equal(800, bitmap.Height);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                dark += pixel.Red + pixel.Green + pixel.Blue < 600 ? 1 : 0;
            }
        }

        Assert.True(dark > 2_000, $"only {dark} sampled pixels are drawn");
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Svg_has_the_expected_size_and_carries_title_unit_n_and_source(string fileName)
    {
        var chart = Chart(fileName);
        using var stream = new MemoryStream();

        ChartFileWriter.WriteSvg(chart, ReportCulture.DutchBelgium, stream, ChartSize.Standard);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal("640", svg.Root!.Attribute("width")!.Value);
        Assert.Equal("400", svg.Root!.Attribute("height")!.Value);
        var texts = SvgTexts(svg);
        Assert.Contains(chart.Title, texts);
        Assert.Contains(texts, t => t.Contains("Eenheid: " + chart.Unit, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("N = ", StringComparison.Ordinal));
        Assert.Contains(ReportTexts.Dutch.SourceLine, texts);
    }

    [Fact]
    public void Every_text_is_set_in_the_shipped_sans_font()
    {
        using var stream = new MemoryStream();

        ChartFileWriter.WriteSvg(DemoCharts.Premium(), ReportCulture.DutchBelgium, stream, ChartSize.Standard);

        var families = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()))
            .Descendants().Where(e => e.Name.LocalName == "text")
            .Select(e => e.Attribute("font-family")?.Value ?? "(none)").Distinct().ToArray();
        Assert.Equal(["Liberation Sans"], families);
    }

    [Fact]
    public void The_same_chart_gives_the_same_svg_bytes_whatever_was_drawn_before()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        ChartFileWriter.WriteSvg(DemoCharts.Index(), ReportCulture.DutchBelgium, first, ChartSize.Standard);
        Parallel.ForEach(DemoCharts.All(), chart =>
            ChartFileWriter.WriteSvg(chart, ReportCulture.DutchBelgium, Stream.Null, ChartSize.Standard));
        ChartFileWriter.WriteSvg(DemoCharts.Index(), ReportCulture.DutchBelgium, second, ChartSize.Standard);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Contains("clipPath id=\"cl_1\"", System.Text.Encoding.UTF8.GetString(first.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Year_ticks_are_printed_as_years()
    {
        using var stream = new MemoryStream();

        ChartFileWriter.WriteSvg(DemoCharts.Index(), ReportCulture.DutchBelgium, stream, ChartSize.Standard);

        var texts = SvgTexts(XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())));
        Assert.Contains("2014", texts);
        Assert.Contains("2022", texts);
        Assert.DoesNotContain(texts, t => t.Contains("2.014", StringComparison.Ordinal) || t.Contains("2,014", StringComparison.Ordinal));
    }

    [Fact]
    public void Percent_ticks_use_the_report_language()
    {
        using var nl = new MemoryStream();
        using var en = new MemoryStream();

        ChartFileWriter.WriteSvg(DemoCharts.Premium(), ReportCulture.DutchBelgium, nl, ChartSize.Standard);
        ChartFileWriter.WriteSvg(DemoCharts.Premium(), ReportCulture.EnglishBritain, en, ChartSize.Standard);

        Assert.Contains("+18,2\u00A0%", SvgTexts(XDocument.Parse(System.Text.Encoding.UTF8.GetString(nl.ToArray()))));
        Assert.Contains("+18.2%", SvgTexts(XDocument.Parse(System.Text.Encoding.UTF8.GetString(en.ToArray()))));
    }

    [Fact]
    public void Write_files_puts_a_png_and_an_svg_in_the_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ia-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (png, svg) = ChartFileWriter.WriteFiles(DemoCharts.Flows(), ReportCulture.EnglishBritain, directory, ChartSize.Standard);

            Assert.Equal(Path.Combine(directory, "flows_catalisti.png"), png);
            Assert.True(new FileInfo(png).Length > 1_000);
            Assert.True(new FileInfo(svg).Length > 1_000);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Index_series_are_rebased_to_the_base_year()
    {
        var points = new[] { new IndexPoint(2014, 50, 1, 1, 1), new IndexPoint(2015, 75, 1, 1, 1) };

        var rebased = IndexPlot.Rebase(points, p => p.MembersValueAdded, points[0]);

        Assert.Equal([100.0, 150.0], rebased);
    }

    private static string[] SvgTexts(XDocument svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
}
