using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>The rubric of an NBB code written in ASCII bytes, without allocating (the long-form hot path).</summary>
internal static class RubricBytes
{
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

    private static bool Set(Rubric value, ref Rubric rubric)
    {
        rubric = value;
        return true;
    }
}
