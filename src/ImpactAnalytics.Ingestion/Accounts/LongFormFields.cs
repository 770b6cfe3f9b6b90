using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>Allocation-free parsers of the long-form fields, on the bytes of one field.</summary>
internal static class LongFormFields
{
    /// <summary>The 9- or 10-digit number in BE/dot/space spellings, or -1 when the bytes are not such a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long EnterpriseDigits(ReadOnlySpan<byte> field)
    {
        var s = field.Trim((byte)' ');
        if (s.Length >= 2 && (s[0] | 0x20) == 'b' && (s[1] | 0x20) == 'e')
        {
            s = s[2..].TrimStart((byte)' ');
        }

        long value = 0;
        var digits = 0;
        foreach (var b in s)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (b - '0');
                digits++;
            }
            else if (b is not ((byte)'.' or (byte)' ' or (byte)'-'))
            {
                return -1;
            }
        }

        return digits is 9 or 10 ? value : -1;
    }

    /// <summary>Empty or <c>N</c>: the filing's own year; <c>N-1</c> (also with a minus sign U+2212): the comparative.</summary>
    public static bool TryPeriod(ReadOnlySpan<byte> field, out bool prior)
    {
        var s = field.Trim((byte)' ');
        prior = false;
        if (s.IsEmpty || (s.Length == 1 && (s[0] | 0x20) == 'n'))
        {
            return true;
        }

        prior = s.Length >= 3 && (s[0] | 0x20) == 'n' && (s[1..].SequenceEqual("-1"u8) || s[1..].SequenceEqual("\u22121"u8));
        return prior;
    }

    /// <summary>The three NBB abbreviations as written by the NBB and the generator; other spellings take the slow path.</summary>
    public static bool TrySchemeFast(ReadOnlySpan<byte> field, out FilingScheme scheme)
    {
        var s = field.Trim((byte)' ');
        scheme = s.SequenceEqual("VOL"u8) ? FilingScheme.Full
            : s.SequenceEqual("VKT"u8) ? FilingScheme.Abbreviated
            : s.SequenceEqual("MIC"u8) ? FilingScheme.Micro
            : default;
        return scheme != default;
    }

    /// <summary>Empty: 12; otherwise a whole number of months from 1 to 36.</summary>
    public static bool TryMonths(ReadOnlySpan<byte> field, out int months)
    {
        var s = field.Trim((byte)' ');
        if (s.IsEmpty)
        {
            months = 12;
            return true;
        }

        return NumberParser.TryParseInt(s, out months) && months is >= 1 and <= 36;
    }
}
