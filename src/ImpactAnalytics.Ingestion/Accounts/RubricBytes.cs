using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>The rubric of an NBB code written in ASCII bytes, without allocating (the long-form hot path).</summary>
internal static class RubricBytes
{
    private const int Slots = 64;

    /// <summary>
    /// The codes as written (upper and lower case letters alike), keyed by their bytes and length in one word, in an
    /// open-addressed table: a code is then one multiply, a load and a compare.
    /// </summary>
    private static readonly (ulong Key, Rubric Rubric)[] Table = BuildTable();

    /// <summary>
    /// <see cref="TryParse"/> for the exact spellings of the codes (no spaces), read as one word from
    /// <paramref name="padded"/>, which holds at least 8 readable bytes; <c>false</c> for anything else, which
    /// <see cref="TryParse"/> then decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseExact(ReadOnlySpan<byte> padded, int length, out Rubric rubric)
    {
        rubric = default;
        if ((uint)(length - 1) >= 7u || padded.Length < 8)
        {
            return false;
        }

        var key = Key(BinaryPrimitives.ReadUInt64LittleEndian(padded), length);
        var table = Table;
        for (var slot = Slot(key); ; slot = (slot + 1) & (Slots - 1))
        {
            var entry = table[slot];
            if (entry.Key == key)
            {
                rubric = entry.Rubric;
                return true;
            }

            if (entry.Key == 0)
            {
                return false;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> code, out Rubric rubric)
    {
        var s = code.Trim((byte)' ');
        rubric = default;
        switch (s.Length)
        {
            case 2:
                return Two(s, ref rubric);
            case 3:
                if (s.SequenceEqual("740"u8))
                {
                    rubric = Rubric.OperatingSubsidies;
                }
                else if (s.SequenceEqual("630"u8))
                {
                    rubric = Rubric.Depreciation;
                }
                else if (s[0] == (byte)'7' && s[1] == (byte)'6' && (s[2] | 0x20) == (byte)'a')
                {
                    rubric = Rubric.NonRecurringOperatingIncome;
                }
                else
                {
                    return false;
                }

                return true;
            case 4:
                return Four(s, ref rubric);
            case 5:
                if (s.SequenceEqual("20/58"u8))
                {
                    rubric = Rubric.TotalAssets;
                    return true;
                }

                if (s.SequenceEqual("22/27"u8))
                {
                    rubric = Rubric.TangibleFixedAssets;
                    return true;
                }

                return false;
            case 6:
                if (s[..5].SequenceEqual("70/76"u8) && (s[5] | 0x20) == (byte)'a')
                {
                    rubric = Rubric.TotalOperatingIncome;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Two(ReadOnlySpan<byte> s, ref Rubric rubric)
    {
        if (s[0] is < (byte)'0' or > (byte)'9' || s[1] is < (byte)'0' or > (byte)'9')
        {
            return (s[0] | 0x20) == 'v' && (s[1] | 0x20) == 'a' && Set(Rubric.ValueAddedGiven, ref rubric);
        }

        var n = ((s[0] - '0') * 10) + (s[1] - '0');
        Rubric? r = n switch
        {
            70 => Rubric.Turnover,
            71 => Rubric.StockChange,
            72 => Rubric.OwnWorkCapitalised,
            74 => Rubric.OtherOperatingIncome,
            60 => Rubric.GoodsForResale,
            61 => Rubric.ServicesAndOtherGoods,
            62 => Rubric.Remuneration,
            _ => null,
        };
        return r is { } value && Set(value, ref rubric);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Four(ReadOnlySpan<byte> s, ref Rubric rubric)
    {
        var n = 0;
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            n = (n * 10) + (b - '0');
        }

        Rubric? r = n switch
        {
            9900 => Rubric.GrossMargin,
            9901 => Rubric.OperatingProfit,
            9904 => Rubric.ProfitForTheYear,
            1003 => Rubric.EmployeesFte,
            9087 => Rubric.WorkforceFte,
            _ => null,
        };
        return r is { } value && Set(value, ref rubric);
    }

    private static ulong Key(ulong word, int length) => (word & ((1UL << (8 * length)) - 1)) | ((ulong)length << 56);

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 58);

    private static (ulong Key, Rubric Rubric)[] BuildTable()
    {
        var table = new (ulong Key, Rubric Rubric)[Slots];
        string[] spellings =
        [
            "70", "71", "72", "74", "60", "61", "62", "VA", "va", "Va", "vA", "740", "630", "76A", "76a", "9900", "9901",
            "9904", "1003", "9087", "20/58", "22/27", "70/76A", "70/76a",
        ];
        Span<byte> padded = stackalloc byte[8];
        foreach (var spelling in spellings)
        {
            padded.Clear();
            var length = System.Text.Encoding.ASCII.GetBytes(spelling, padded);
            if (!TryParse(padded[..length], out var rubric))
            {
                continue;
            }

            var key = Key(BinaryPrimitives.ReadUInt64LittleEndian(padded), length);
            var slot = Slot(key);
            while (table[slot].Key != 0)
            {
                slot = (slot + 1) & (Slots - 1);
            }

            table[slot] = (key, rubric);
        }

        return table;
    }

    private static bool Set(Rubric value, ref Rubric rubric)
    {
        rubric = value;
        return true;
    }
}
