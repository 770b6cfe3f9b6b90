using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Tests.Domain;

public sealed class EnterpriseNumberTests
{
    [Theory]
    [InlineData("0878065378")]
    [InlineData("0437910359")]
    [InlineData("0200065765")]
    [InlineData("0314595348")]
    public void Valid_numbers_from_the_methods_pass_the_mod97_check(string text)
    {
        var parsed = EnterpriseNumber.Parse(text);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(text, parsed.Value.ToString());
    }

    [Theory]
    [InlineData("0123.456.749")]
    [InlineData("0123456749")]
    [InlineData("BE0123456749")]
    [InlineData("be 0123.456.749")]
    [InlineData("123456749")]
    [InlineData(" 0123 456 749 ")]
    public void Every_accepted_spelling_gives_the_ten_digit_form(string text)
    {
        var parsed = EnterpriseNumber.Parse(text);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal("0123456749", parsed.Value.ToString());
        Assert.Equal("0123.456.749", parsed.Value.ToDottedString());
    }

    [Fact]
    public void Wrong_check_digits_are_rejected_with_the_expected_digits_in_the_message()
    {
        var parsed = EnterpriseNumber.Parse("0123456748");

        Assert.False(parsed.Success);
        Assert.Equal("enterprise number 0123456748 fails the mod-97 check: check digits 48, expected 49", parsed.Error);
    }

    [Theory]
    [InlineData("", "found 0")]
    [InlineData("12345", "found 5")]
    [InlineData("0123A56749", "contains 'A'")]
    [InlineData("2123456749", "starting with 0 or 1")]
    [InlineData("012345674901", "found 12")]
    public void Malformed_text_is_rejected_with_a_message_naming_the_problem(string text, string expected)
    {
        var parsed = EnterpriseNumber.Parse(text);

        Assert.False(parsed.Success);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_digits_of_97_are_written_when_the_body_is_a_multiple_of_97()
    {
        var number = EnterpriseNumber.FromBody(97 * 12345);

        Assert.Equal(97, number.Value % 100);
        Assert.True(EnterpriseNumber.FromValue(number.Value).Success);
    }

    [Fact]
    public void Numbers_built_from_any_body_pass_their_own_check()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 1000; i++)
        {
            var body = random.NextInt64(0, 20_000_000);
            var number = EnterpriseNumber.FromBody(body);
            Assert.True(EnterpriseNumber.Parse(number.ToString()).Success);
        }
    }
}
