using System.Text;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Tests;

/// <summary>
/// The plain-number fast path of <see cref="NumberParser"/> accepts and refuses exactly what its first
/// implementation (kept below, verbatim, as the oracle) did, with bit-identical values.
/// </summary>
public sealed class NumberParserPlainTests
{
    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ];

    [Fact]
    public void The_fast_plain_parser_agrees_with_the_first_implementation_on_random_and_edge_texts()
    {
        var random = new Random(3);
        const string Alphabet = "0123456789-.,e +";
        var texts = new List<string> { "", "-", ".", "-.", "5.", "-5.", ".5", "-0", "0", "00012", "123456789012345", "1234567890123456",
            "12345678.9012345", "12345678.90123456", "1..2", "1.2.", "--1", "1-", "9999999999999999999999", "-0.000" };
        for (var k = 0; k < 200_000; k++)
        {
            var length = random.Next(0, 21);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                // Mostly digits, so that many texts are numbers.
                chars[i] = random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('0' + random.Next(10));
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            foreach (var mark in new[] { (byte)'.', (byte)',' })
            {
                var expected = FirstPlain(bytes, mark, out var expectedValue);
                var actual = NumberParser.TryParsePlain(bytes, mark, out var actualValue);
                Assert.True(expected == actual, $"'{text}' with mark '{(char)mark}': expected {expected}, got {actual}");
                Assert.Equal(BitConverter.DoubleToInt64Bits(expectedValue), BitConverter.DoubleToInt64Bits(actualValue));
            }
        }
    }

    [Fact]
    public void The_padded_parser_accepts_what_the_plain_parser_accepts_with_the_same_bits_whatever_follows()
    {
        var random = new Random(5);
        const string Alphabet = "0123456789-.,e +";
        var texts = new List<string> { "", "-", ".", ",", "-.", "5.", "-5.", ".5", "-0", "0", "00012", "123456789012345",
            "-123456789012345", "1234567890123456", "12345678.9012345", "-1234567.89012345", "12345678.90123456",
            "999999999999999", "0.000000000000001", "1..2", "1.2.", "--1", "1-", "-1.5", "7,25", "-0,5" };
        for (var k = 0; k < 200_000; k++)
        {
            var chars = new char[random.Next(0, 17)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(5) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('0' + random.Next(10));
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts.Where(t => t.Length <= 16))
        {
            var padded = new byte[24];
            random.NextBytes(padded);
            var length = Encoding.ASCII.GetBytes(text, padded);
            foreach (var mark in new[] { (byte)'.', (byte)',' })
            {
                var plain = NumberParser.TryParsePlain(padded.AsSpan(0, length), mark, out var plainValue);
                var fast = NumberParser.TryParsePadded(padded, length, mark, out var fastValue);
                Assert.True(fast == plain || (!fast && !System.Runtime.Intrinsics.X86.Sse41.IsSupported),
                    $"'{text}' with mark '{(char)mark}': plain {plain}, padded {fast}");
                if (fast)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(plainValue), BitConverter.DoubleToInt64Bits(fastValue));
                }
            }
        }
    }

    private static bool FirstPlain(ReadOnlySpan<byte> s, byte decimalMark, out double value)
    {
        value = 0;
        var i = !s.IsEmpty && s[0] == (byte)'-' ? 1 : 0;
        ulong mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
            }
            else if (s[i] == decimalMark && fraction < 0)
            {
                fraction = 0;
                digits = digits == 0 ? -100 : digits;
            }
            else
            {
                return false;
            }

            fraction += fraction >= 0 && d <= 9 ? 1 : 0;
        }

        if (digits <= 0 || digits > 15)
        {
            return false;
        }

        var v = fraction > 0 ? mantissa / Pow10[fraction] : mantissa;
        value = s[0] == (byte)'-' ? -v : v;
        return true;
    }
}
