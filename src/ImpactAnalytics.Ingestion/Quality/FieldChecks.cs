using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Quality;

/// <summary>Field validations shared by the table readers; a failed check rejects the row with its issue.</summary>
internal static class FieldChecks
{
    /// <summary>Years outside this range are malformed (a typo), not merely outside the study.</summary>
    public const int MinYear = 1800;

    public const int MaxYear = 2100;

    /// <summary>Parses an enterprise number in any accepted spelling, or rejects the row.</summary>
    public static bool Enterprise(TableSource source, int column, out EnterpriseNumber id)
    {
        var text = source.Text(column);
        var parsed = EnterpriseNumber.Parse(text);
        if (parsed.Success)
        {
            id = parsed.Value;
            return true;
        }

        id = default;
        source.Reject(column, EnterpriseCode(text), parsed.Error!);
        return false;
    }

    /// <summary>
    /// <see cref="IssueCodes.EnterpriseNumberCheckDigits"/> when the text has the shape of a number (9 or 10 digits,
    /// first 0 or 1) but fails the mod-97 check; <see cref="IssueCodes.EnterpriseNumberMalformed"/> otherwise.
    /// </summary>
    public static string EnterpriseCode(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        if (s.Length >= 2 && (s[0] is 'B' or 'b') && (s[1] is 'E' or 'e'))
        {
            s = s[2..];
        }

        var digits = 0;
        var first = ' ';
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                first = digits == 0 ? c : first;
                digits++;
            }
            else if (c is not ('.' or ' ' or '-'))
            {
                return IssueCodes.EnterpriseNumberMalformed;
            }
        }

        var shaped = digits == 9 || (digits == 10 && first is '0' or '1');
        return shaped ? IssueCodes.EnterpriseNumberCheckDigits : IssueCodes.EnterpriseNumberMalformed;
    }

    /// <summary>Parses a year (four digits, 1800–2100); empty gives <c>null</c> when not required; else rejects the row.</summary>
    public static bool Year(TableSource source, int column, bool required, out int? year)
    {
        year = null;
        var text = source.Text(column);
        if (text.Length == 0 && !required)
        {
            return true;
        }

        if (TryYear(text, out var y))
        {
            year = y;
            return true;
        }

        source.Reject(column, IssueCodes.YearMalformed, YearMessage(source.ColumnName(column), text));
        return false;
    }

    public static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;

    public static string YearMessage(string column, string found) => string.Create(
        CultureInfo.InvariantCulture,
        $"{column} must be a year between {MinYear} and {MaxYear}, found '{found}'");
}
