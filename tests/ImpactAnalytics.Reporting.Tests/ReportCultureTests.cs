using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Reporting.Formatting;

namespace ImpactAnalytics.Reporting.Tests;

public sealed class ReportCultureTests
{
    private const char Nbsp = ReportCulture.NoBreakSpace;
    private static readonly ReportCulture _nl = ReportCulture.DutchBelgium;
    private static readonly ReportCulture _en = ReportCulture.EnglishBritain;

    [Fact]
    public void Dutch_numbers_use_a_decimal_comma_and_point_groups()
    {
        Assert.Equal("1.234,5", _nl.Number(1234.5));
        Assert.Equal("1.234.567,89", _nl.Number(1234567.891, 2));
        Assert.Equal("12.345", _nl.WholeNumber(12345));
    }

    [Fact]
    public void English_numbers_use_a_decimal_point_and_comma_groups()
    {
        Assert.Equal("1,234.5", _en.Number(1234.5));
        Assert.Equal("12,345", _en.WholeNumber(12345));
    }

    [Fact]
    public void Dutch_percentages_have_a_no_break_space_before_the_sign()
    {
        Assert.Equal("3,4" + Nbsp + "%", _nl.Percent(0.034));
        Assert.Equal("+18,2" + Nbsp + "%", _nl.SignedPercent(0.182));
        Assert.Equal("-5,2" + Nbsp + "%", _nl.SignedPercent(-0.052));
    }

    [Fact]
    public void English_percentages_have_no_space()
    {
        Assert.Equal("3.4%", _en.Percent(0.034));
        Assert.Equal("+18.2%", _en.SignedPercent(0.182));
    }

    [Fact]
    public void Euros_are_written_in_the_convention_of_each_language()
    {
        Assert.Equal("€" + Nbsp + "1.234", _nl.Euro(1234.4));
        Assert.Equal("€1,234", _en.Euro(1234.4));
        Assert.Equal("-€" + Nbsp + "5", _nl.Euro(-5));
    }

    [Fact]
    public void A_value_that_rounds_to_zero_has_no_minus_sign()
    {
        Assert.Equal("0,0", _nl.Number(-0.04));
        Assert.Equal("0,0" + Nbsp + "%", _nl.SignedPercent(-0.0004));
    }

    [Fact]
    public void Years_are_never_grouped()
    {
        Assert.Equal("2014", ReportCulture.Year(2014));
        Assert.Equal("2014\u20132022", ReportCulture.Period(2014, 2022));
    }

    [Fact]
    public void Dates_are_written_in_words_in_the_report_language()
    {
        var date = new DateOnly(2025, 11, 28);
        Assert.Equal("28 november 2025", _nl.Date(date));
        Assert.Equal("28 November 2025", _en.Date(date));
    }

    [Fact]
    public void Page_labels_and_source_lines_come_from_the_text_table()
    {
        Assert.Equal("p. 3 van 12", _nl.Texts.PageLabel(3, 12));
        Assert.Equal("p. 3 of 12", _en.Texts.PageLabel(3, 12));
        Assert.Equal("Bron: NBB Balanscentrale; bewerking ImpactAnalytics", _nl.Texts.SourceLine);
        Assert.Equal("Source: NBB Central Balance Sheet Office; ImpactAnalytics calculations", _en.Texts.SourceLine);
        Assert.Equal("N = 1.234 ondernemingen", _nl.Texts.FirmCountLine(1234, _nl));
    }

    [Fact]
    public void The_culture_of_a_language_is_found_by_language()
    {
        Assert.Same(_nl, ReportCulture.For(ReportLanguage.Dutch));
        Assert.Same(_en, ReportCulture.For(ReportLanguage.English));
    }
}
