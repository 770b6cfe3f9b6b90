using System.Globalization;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// Parses numbers as Belgian files write them, without allocating. With a decimal comma, <c>.</c> and spaces
/// (also no-break spaces) group thousands; with a decimal point, <c>,</c> and spaces do. Grouping is checked:
/// after the first group every group has exactly three digits. An exponent is accepted with a decimal point only.
/// </summary>
internal static class NumberParser
{
    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a decimal number; <c>false</c> for empty, non-numeric or non-finite text.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, bool decimalComma, out double value) =>
        TryParsePlain(text, decimalComma ? (byte)',' : (byte)'.', out value) || TryParseGeneral(text, decimalComma, out value);

    /// <summary>
    /// The common case without a copy: optional minus, at most 15 digits, at most one decimal mark, nothing else.
    /// Anything else (grouping, spaces, exponent, plus sign, long numbers) goes to the general parser.
    /// </summary>
    internal static bool TryParsePlain(ReadOnlySpan<byte> s, byte decimalMark, out double value)
    {
        value = 0;
        var negative = !s.IsEmpty && s[0] == (byte)'-';
        var i = negative ? 1 : 0;
        var first = i;
        ulong mantissa = 0;
        uint d;
        while (i < s.Length && (d = (uint)(s[i] - '0')) <= 9)
        {
            mantissa = (mantissa * 10) + d;
            i++;
        }

        var whole = i - first;
        var fraction = 0;
        if (i < s.Length)
        {
            // Only a decimal mark after at least one digit may follow, then only digits.
            if (s[i] != decimalMark || whole == 0)
            {
                return false;
            }

            var from = ++i;
            while (i < s.Length && (d = (uint)(s[i] - '0')) <= 9)
            {
                mantissa = (mantissa * 10) + d;
                i++;
            }

            if (i < s.Length)
            {
                return false;
            }

            fraction = i - from;
        }

        if (whole == 0 || whole + fraction > 15)
        {
            return false;
        }

        var v = fraction > 0 ? mantissa / Pow10[fraction] : mantissa;
        value = negative ? -v : v;
        return true;
    }

    private static bool TryParseGeneral(ReadOnlySpan<byte> text, bool decimalComma, out double value)
    {
        value = 0;
        var s = text.Trim((byte)' ');
        if (s.IsEmpty || s.Length > 64)
        {
            return false;
        }

        Span<byte> norm = stackalloc byte[s.Length + 1];
        var n = 0;
        var i = 0;
        if (s[0] is (byte)'-' or (byte)'+')
        {
            norm[n++] = s[0];
            i++;
        }

        var decimalMark = decimalComma ? (byte)',' : (byte)'.';
        var groupMark = decimalComma ? (byte)'.' : (byte)',';
        ulong mantissa = 0;
        int digits = 0, fraction = 0, groupDigits = 0, groups = 0;
        bool inFraction = false, exponent = false;
        for (; i < s.Length; i++)
        {
            var b = s[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                norm[n++] = b;
                if (!exponent)
                {
                    digits++;
                    groupDigits++;
                    fraction += inFraction ? 1 : 0;
                    mantissa = digits <= 19 ? (mantissa * 10) + (ulong)(b - '0') : mantissa;
                }

                continue;
            }

            var groupWidth = GroupSeparatorWidth(s[i..], groupMark);
            if (groupWidth > 0 && !inFraction && !exponent)
            {
                if (groupDigits == 0 || groupDigits > 3 || (groups > 0 && groupDigits != 3))
                {
                    return false;
                }

                groups++;
                groupDigits = 0;
                i += groupWidth - 1;
                continue;
            }

            if (b == decimalMark && !inFraction && !exponent)
            {
                if (groups > 0 && groupDigits != 3)
                {
                    return false;
                }

                inFraction = true;
                norm[n++] = (byte)'.';
                continue;
            }

            if ((b == (byte)'e' || b == (byte)'E') && !decimalComma && !exponent && digits > 0)
            {
                exponent = true;
                norm[n++] = b;
                if (i + 1 < s.Length && s[i + 1] is (byte)'-' or (byte)'+')
                {
                    norm[n++] = s[++i];
                }

                continue;
            }

            return false;
        }

        if (digits == 0 || (groups > 0 && !inFraction && groupDigits != 3))
        {
            return false;
        }

        if (!exponent && digits <= 15 && fraction <= 22)
        {
            // An integer below 2^53 divided by an exact power of ten is one correctly rounded IEEE operation.
            var v = mantissa / Pow10[fraction];
            value = s[0] == (byte)'-' ? -v : v;
            return true;
        }

        return double.TryParse(norm[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Parses a whole number of at most nine digits (years, months), spaces around allowed.</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        var s = text.Trim((byte)' ');
        if (s.IsEmpty || s.Length > 9)
        {
            return false;
        }

        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static int GroupSeparatorWidth(ReadOnlySpan<byte> s, byte groupMark)
    {
        if (s[0] == groupMark || s[0] == (byte)' ' || s[0] == 0xA0)
        {
            return 1;
        }

        if (s.StartsWith("\u00A0"u8))
        {
            return 2;
        }

        return s.StartsWith("\u202F"u8) ? 3 : 0;
    }
}
