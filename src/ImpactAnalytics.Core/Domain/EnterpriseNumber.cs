using System.Globalization;

namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// A Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1, the last two a mod-97 check on the first
/// eight (check = 97 − (first eight mod 97)). Stored as the 10-digit integer; <c>default</c> is not a valid number
/// and prints as <c>0000000000</c>.
/// </summary>
/// <remarks>
/// Accepted spellings (METHODS §2): <c>0123.456.749</c>, <c>0123 456 749</c>, <c>0123456749</c>,
/// <c>BE0123456749</c>, <c>BE 0123.456.749</c> and the 9-digit legacy form <c>123456749</c> (a 0 is prefixed).
/// </remarks>
public readonly record struct EnterpriseNumber : IComparable<EnterpriseNumber>
{
    private EnterpriseNumber(long value) => Value = value;

    /// <summary>The 10-digit number as an integer, 0 ≤ Value &lt; 2,000,000,000.</summary>
    public long Value { get; }

    /// <summary>Checks the mod-97 rule and the leading digit, and wraps a 10-digit integer.</summary>
    public static Parsed<EnterpriseNumber> FromValue(long value)
    {
        if (value < 0 || value >= 2_000_000_000L)
        {
            return Parsed<EnterpriseNumber>.Fail(
                $"enterprise number must have 10 digits starting with 0 or 1, found {value.ToString(CultureInfo.InvariantCulture)}");
        }

        var body = value / 100;
        var check = value % 100;
        var expected = CheckDigits(body);
        if (check != expected)
        {
            return Parsed<EnterpriseNumber>.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"enterprise number {value:0000000000} fails the mod-97 check: check digits {check:00}, expected {expected:00}"));
        }

        return Parsed<EnterpriseNumber>.Ok(new EnterpriseNumber(value));
    }

    /// <summary>
    /// Builds the valid number whose first eight digits are <paramref name="body"/> (0 ≤ body &lt; 20,000,000).
    /// Used by the generator; a programmer error (out of range) throws.
    /// </summary>
    public static EnterpriseNumber FromBody(long body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(body);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(body, 20_000_000L);
        return new EnterpriseNumber((body * 100) + CheckDigits(body));
    }

    /// <summary>The check digits for the first eight digits: 97 − (body mod 97), in 1..97.</summary>
    public static int CheckDigits(long body) => 97 - (int)(body % 97);

    /// <summary>Parses any accepted spelling; the message names what was found when it fails.</summary>
    public static Parsed<EnterpriseNumber> Parse(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        if (s.Length >= 2 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'E' || s[1] == 'e'))
        {
            s = s[2..].TrimStart();
        }

        Span<char> digits = stackalloc char[12];
        var n = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                if (n == digits.Length)
                {
                    return Parsed<EnterpriseNumber>.Fail($"enterprise number has too many digits: '{text.ToString()}'");
                }

                digits[n++] = c;
            }
            else if (c is not ('.' or ' ' or '-'))
            {
                return Parsed<EnterpriseNumber>.Fail($"enterprise number contains '{c}': '{text.ToString()}'");
            }
        }

        if (n is not (9 or 10))
        {
            return Parsed<EnterpriseNumber>.Fail(
                $"enterprise number must have 10 digits (or 9 in the legacy form), found {n.ToString(CultureInfo.InvariantCulture)} in '{text.ToString()}'");
        }

        long value = 0;
        for (var i = 0; i < n; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return FromValue(value);
    }

    /// <summary>Parses trusted text (tests, constants); throws <see cref="FormatException"/> when invalid.</summary>
    public static EnterpriseNumber ParseExact(string text)
    {
        var parsed = Parse(text);
        return parsed.Success ? parsed.Value : throw new FormatException(parsed.Error);
    }

    /// <summary>The dotted display form <c>0123.456.749</c>.</summary>
    public string ToDottedString()
    {
        var s = ToString();
        return $"{s[..4]}.{s[4..7]}.{s[7..]}";
    }

    /// <summary>The stored 10-digit form, e.g. <c>0123456749</c>.</summary>
    public override string ToString() => Value.ToString("0000000000", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public int CompareTo(EnterpriseNumber other) => Value.CompareTo(other.Value);

    public static bool operator <(EnterpriseNumber left, EnterpriseNumber right) => left.Value < right.Value;

    public static bool operator >(EnterpriseNumber left, EnterpriseNumber right) => left.Value > right.Value;

    public static bool operator <=(EnterpriseNumber left, EnterpriseNumber right) => left.Value <= right.Value;

    public static bool operator >=(EnterpriseNumber left, EnterpriseNumber right) => left.Value >= right.Value;
}
