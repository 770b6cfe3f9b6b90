using System.Text;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Accounts;

namespace ImpactAnalytics.Ingestion.Tests.Accounts;

/// <summary>The table of exact code spellings gives what the general code parser gives, and refuses the rest to it.</summary>
public sealed class RubricBytesTests
{
    [Fact]
    public void Every_code_the_engine_uses_is_found_exactly_as_written_in_upper_and_lower_case()
    {
        foreach (var rubric in Enum.GetValues<Rubric>())
        {
            foreach (var spelling in new[] { rubric.Code(), rubric.Code().ToLowerInvariant() })
            {
                var padded = new byte[16];
                var length = Encoding.ASCII.GetBytes(spelling, padded);

                Assert.True(RubricBytes.TryParseExact(padded, length, out var exact), spelling);
                Assert.Equal(rubric, exact);
            }
        }
    }

    [Fact]
    public void Random_texts_found_in_the_table_are_the_codes_the_general_parser_reads()
    {
        var random = new Random(11);
        const string Alphabet = "0123456789/AaVv ";
        var found = 0;
        for (var k = 0; k < 300_000; k++)
        {
            var padded = new byte[16];
            random.NextBytes(padded);
            var length = random.Next(0, 9);
            for (var i = 0; i < length; i++)
            {
                padded[i] = (byte)(random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : '0' + random.Next(10));
            }

            if (RubricBytes.TryParseExact(padded, length, out var exact))
            {
                found++;
                Assert.True(RubricBytes.TryParse(padded.AsSpan(0, length), out var general));
                Assert.Equal(general, exact);
            }
        }

        Assert.True(found > 100);
    }
}
