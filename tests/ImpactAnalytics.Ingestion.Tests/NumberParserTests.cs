using System.Text;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Tests;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1234.56", false, 1234.56)]
    [InlineData("-1234.56", false, -1234.56)]
    [InlineData("1,234,567.5", false, 1234567.5)]
    [InlineData("1e3", false, 1000.0)]
    [InlineData(" 42 ", false, 42.0)]
    [InlineData("0.1", false, 0.1)]
    [InlineData(".5", false, 0.5)]
    [InlineData("-7", true, -7.0)]
    [InlineData("123456789012345678", false, 123456789012345678.0)]
    [InlineData("1.234,56", true, 1234.56)]
    [InlineData("1 234,56", true, 1234.56)]
    [InlineData("1\u00A0234,56", true, 1234.56)]
    [InlineData("1234,5", true, 1234.5)]
    [InlineData("1.234", true, 1234.0)]
    [InlineData("-0,5", true, -0.5)]
    public void Numbers_parse_in_both_decimal_conventions(string text, bool decimalComma, double expected)
    {
        Assert.True(NumberParser.TryParse(Encoding.UTF8.GetBytes(text), decimalComma, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("1.2.3", false)]
    [InlineData("12,34.5", false)]
    [InlineData("1.23,4", true)]
    [InlineData("1e3", true)]
    [InlineData("n/a", false)]
    [InlineData("1e999", false)]
    public void Malformed_numbers_are_refused(string text, bool decimalComma) =>
        Assert.False(NumberParser.TryParse(Encoding.UTF8.GetBytes(text), decimalComma, out _));

    [Fact]
    public void The_fast_path_agrees_with_the_runtime_parser()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 10_000; i++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(0, 12))).ToString("F" + random.Next(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(NumberParser.TryParse(Encoding.ASCII.GetBytes(text), false, out var value));
            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }
}
