using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>10^0 … 10^15, each exact in a double (constant data: no static initialisation to check).</summary>
    private static ReadOnlySpan<double> ExactPowersOfTen =>
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Parses a decimal number; <c>false</c> for empty, non-numeric or non-finite text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, bool decimalComma, out double value) =>
        TryParsePlain(text, decimalComma ? (byte)',' : (byte)'.', out value) || TryParseGeneral(text, decimalComma, out value);

    /// <summary>
    /// The common case without a copy: optional minus, at most 15 digits, at most one decimal mark, nothing else.
    /// Anything else (grouping, spaces, exponent, plus sign, long numbers) goes to the general parser.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>
    /// <see cref="TryParsePlain"/> for a number of at most 16 bytes at the start of <paramref name="padded"/>, which
    /// holds at least 16 readable bytes: the bytes are checked and the digits converted 16 at a time (SSE4.1), with
    /// no loop over the digits. It gives the same value as <see cref="TryParsePlain"/> (the same integer divided by the
    /// same power of ten) and accepts the same texts; <c>false</c> also when the instructions are missing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParsePadded(ReadOnlySpan<byte> padded, int length, byte decimalMark, out double value)
    {
        value = 0;
        if (!Sse41.IsSupported || (uint)(length - 1) >= 16u || padded.Length < 16)
        {
            return false;
        }

        var x = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(padded));
        var negative = padded[0] == (byte)'-';
        var first = negative ? 1 : 0;
        var lanes = ((1u << length) - 1) & ~((1u << first) - 1);
        var d = x - Vector128.Create((byte)'0');
        var digitLanes = Vector128.LessThanOrEqual(d, Vector128.Create((byte)9)).ExtractMostSignificantBits() & lanes;
        var markLanes = Vector128.Equals(x, Vector128.Create(decimalMark)).ExtractMostSignificantBits() & lanes;
        if ((digitLanes | markLanes) != lanes || (markLanes & (markLanes - 1)) != 0)
        {
            return false;
        }

        var digits = BitOperations.PopCount(digitLanes);
        var whole = markLanes == 0 ? digits : BitOperations.TrailingZeroCount(markLanes) - first;
        if (whole == 0 || digits > 15)
        {
            return false;
        }

        // Digit t (0-based, the mark left out) goes to lane 16 - digits + t; the lanes before take zero digits.
        var lane = Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        var source = lane + Vector128.Create((byte)(digits + first - 16));
        source -= Vector128.GreaterThanOrEqual(lane, Vector128.Create((byte)(16 - digits + whole)));
        source |= Vector128.LessThan(lane, Vector128.Create((byte)(16 - digits)));
        var aligned = Ssse3.Shuffle(d, source);
        var pairs = Ssse3.MultiplyAddAdjacent(aligned, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var fours = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)100, 1, 100, 1, 100, 1, 100, 1));
        var packed = Sse41.PackUnsignedSaturate(fours, fours).AsInt16();
        var eights = Sse2.MultiplyAddAdjacent(packed, Vector128.Create((short)10000, 1, 10000, 1, 10000, 1, 10000, 1));
        // At most 15 digits: below 2^53, so the signed conversion gives the same double as the unsigned one.
        var mantissa = ((long)eights.GetElement(0) * 100_000_000) + eights.GetElement(1);
        var fraction = digits - whole;
        var v = fraction > 0 ? mantissa / ExactPowersOfTen[fraction] : mantissa;
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
