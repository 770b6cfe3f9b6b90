namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// Decides a file's separator and decimal mark from a sample of its bytes. The rules, in order:
/// <list type="number">
/// <item>Line end: CR alone (Excel for Mac's "CSV (Macintosh)") when the sample holds no line feed but a carriage
/// return that is not its last byte (or the sample is the whole file); LF (with or without a CR before it) otherwise.</item>
/// <item>Separator: of <c>,</c> <c>;</c> and tab, the one that occurs most often outside quotes in the header line
/// (a quote opens quoting only at the start of a field, as in <see cref="CsvRecordReader"/>);
/// on a tie the order of preference is <c>;</c>, tab, <c>,</c>; a header with none of them is one column (<c>,</c>).</item>
/// <item>Decimal mark: each numeric-looking field of the first 1,000 data rows is evidence. A number whose last
/// mark is a comma followed by other than three digits (<c>12,5</c>), or a comma after a dot (<c>1.234,56</c>),
/// votes for the decimal comma; the mirror image (<c>12.5</c>, <c>1,234.56</c>) votes for the decimal point;
/// <c>1.234</c> and <c>1,234</c> are ambiguous and do not vote. The majority wins.</item>
/// <item>No votes, or a tie: decimal comma when the separator is <c>;</c> (Excel's export on a Belgian PC),
/// decimal point otherwise.</item>
/// </list>
/// </summary>
internal static class DialectSniffer
{
    private const int SampleRows = 1000;

    /// <summary>
    /// The byte that ends records: CR when <paramref name="sample"/> has no LF and a CR that is not its last byte
    /// (<paramref name="whole"/>: the sample is the whole file, so a final CR counts too); LF otherwise.
    /// </summary>
    public static byte LineEnd(ReadOnlySpan<byte> sample, bool whole)
    {
        if (sample.Contains((byte)'\n'))
        {
            return (byte)'\n';
        }

        var cr = sample.IndexOf((byte)'\r');
        return cr >= 0 && (whole || cr < sample.Length - 1) ? (byte)'\r' : (byte)'\n';
    }

    /// <summary>The separator of the header line that starts at <paramref name="sample"/> and ends at <paramref name="lineEnd"/>.</summary>
    public static byte Separator(ReadOnlySpan<byte> sample, byte lineEnd = (byte)'\n')
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        var lastClose = -2;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == (byte)'"')
            {
                if (inQuotes)
                {
                    inQuotes = false;
                    lastClose = i;
                }
                else
                {
                    inQuotes = i == 0 || sample[i - 1] is (byte)',' or (byte)';' or (byte)'\t' || i == lastClose + 1;
                }
            }
            else if (!inQuotes)
            {
                if (b == lineEnd)
                {
                    break;
                }

                commas += b == (byte)',' ? 1 : 0;
                semicolons += b == (byte)';' ? 1 : 0;
                tabs += b == (byte)'\t' ? 1 : 0;
            }
        }

        if (semicolons >= tabs && semicolons >= commas && semicolons > 0)
        {
            return (byte)';';
        }

        return tabs >= commas && tabs > 0 ? (byte)'\t' : (byte)',';
    }

    /// <summary>Whether values use a decimal comma, from the data rows of the sample (header skipped).</summary>
    public static bool DecimalComma(byte[] sample, int offset, int count, byte separator, byte lineEnd = (byte)'\n')
    {
        var reader = new CsvRecordReader(null, separator, sample, offset, count, lineEnd: lineEnd);
        int commaVotes = 0, pointVotes = 0;
        var rows = 0;
        var header = true;
        while (rows < SampleRows && reader.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var vote = Vote(reader.Field(i));
                commaVotes += vote > 0 ? 1 : 0;
                pointVotes += vote < 0 ? 1 : 0;
            }
        }

        if (commaVotes != pointVotes)
        {
            return commaVotes > pointVotes;
        }

        return separator == (byte)';';
    }

    /// <summary>+1 for decimal comma, -1 for decimal point, 0 when the field is not a number or is ambiguous.</summary>
    internal static int Vote(ReadOnlySpan<byte> field)
    {
        var s = field.Trim((byte)' ');
        if (!s.IsEmpty && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            s = s[1..];
        }

        int dots = 0, commas = 0, lastDot = -1, lastComma = -1, digits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var b = s[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (b == (byte)'.')
            {
                dots++;
                lastDot = i;
            }
            else if (b == (byte)',')
            {
                commas++;
                lastComma = i;
            }
            else if (b != (byte)' ')
            {
                return 0;
            }
        }

        if (digits == 0 || (dots == 0 && commas == 0))
        {
            return 0;
        }

        if (dots > 0 && commas > 0)
        {
            return lastComma > lastDot ? (commas == 1 ? 1 : 0) : (dots == 1 ? -1 : 0);
        }

        var last = dots > 0 ? lastDot : lastComma;
        var single = dots > 0 ? dots == 1 : commas == 1;
        var after = s.Length - last - 1;
        if (!single || after == 3)
        {
            return 0;
        }

        return dots > 0 ? -1 : 1;
    }
}
