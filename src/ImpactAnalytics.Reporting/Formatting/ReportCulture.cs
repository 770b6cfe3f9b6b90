using System.Globalization;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Reporting.Formatting;

/// <summary>
/// How numbers, percentages, euros and dates are written in the report language. The separators are fixed here
/// rather than taken from the machine's ICU data, so a report reads the same on every machine. Data files never use
/// this: they are written with <see cref="CultureInfo.InvariantCulture"/>.
/// </summary>
public sealed class ReportCulture
{
    /// <summary>The no-break space between a number and its unit sign, so that "3,4 %" never breaks at a line end.</summary>
    public const char NoBreakSpace = '\u00A0';

    private static readonly string[] _dutchMonths =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly string[] _englishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private readonly NumberFormatInfo _numbers;

    private ReportCulture(ReportLanguage language, string name, string decimalSeparator, string groupSeparator)
    {
        Language = language;
        Name = name;
        _numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        _numbers.NumberDecimalSeparator = decimalSeparator;
        _numbers.NumberGroupSeparator = groupSeparator;
        _numbers.NumberGroupSizes = [3];
        _numbers = NumberFormatInfo.ReadOnly(_numbers);
    }

    /// <summary>Dutch (Belgium): 1.234,5.</summary>
    public static ReportCulture DutchBelgium { get; } = new(ReportLanguage.Dutch, "nl-BE", ",", ".");

    /// <summary>English (United Kingdom): 1,234.5.</summary>
    public static ReportCulture EnglishBritain { get; } = new(ReportLanguage.English, "en-GB", ".", ",");

    /// <summary>The culture of a report language.</summary>
    public static ReportCulture For(ReportLanguage language) =>
        language == ReportLanguage.English ? EnglishBritain : DutchBelgium;

    public ReportLanguage Language { get; }

    /// <summary>The IETF tag, "nl-BE" or "en-GB".</summary>
    public string Name { get; }

    /// <summary>The number format of the report language, to pass as the format provider of numeric formatting.</summary>
    public IFormatProvider FormatProvider => _numbers;

    /// <summary>The fixed texts of the report language.</summary>
    public ReportTexts Texts => ReportTexts.For(Language);

    /// <summary>A number with group separators and a fixed number of decimals: 1.234,5 (nl) or 1,234.5 (en).</summary>
    public string Number(double value, int decimals = 1) =>
        NormaliseZero(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _numbers);

    /// <summary>A whole number with group separators: 12.345 (nl) or 12,345 (en).</summary>
    public string WholeNumber(long value) => value.ToString("N0", _numbers);

    /// <summary>
    /// A share (0.034 = 3.4 %) written as a percentage: "3,4 %" (nl, with a no-break space) or "3.4%" (en).
    /// </summary>
    public string Percent(double share, int decimals = 1)
    {
        var number = Number(share * 100.0, decimals);
        return Language == ReportLanguage.Dutch ? number + NoBreakSpace + "%" : number + "%";
    }

    /// <summary>A signed percentage for premiums and effects: "+3,4 %", "-1,2 %", "0,0 %".</summary>
    public string SignedPercent(double share, int decimals = 1)
    {
        var text = Percent(share, decimals);
        return NormaliseZero(share * 100.0, decimals) > 0 ? "+" + text : text;
    }

    /// <summary>An amount in euros: "€ 1.234" (nl, with a no-break space) or "€1,234" (en); negatives as "-€ 5".</summary>
    public string Euro(double amount, int decimals = 0)
    {
        var rounded = NormaliseZero(amount, decimals);
        var number = Number(Math.Abs(rounded), decimals);
        var sign = rounded < 0 ? "-" : string.Empty;
        return Language == ReportLanguage.Dutch ? sign + "€" + NoBreakSpace + number : sign + "€" + number;
    }

    /// <summary>A calendar year, never grouped: "2014".</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in words: "28 november 2025" (nl) or "28 November 2025" (en).</summary>
    public string Date(DateOnly date)
    {
        var months = Language == ReportLanguage.Dutch ? _dutchMonths : _englishMonths;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    /// <summary>A period of years: "2014–2022" (en dash), or the single year when both ends are equal.</summary>
    public static string Period(int firstYear, int lastYear) =>
        firstYear == lastYear ? Year(firstYear) : Year(firstYear) + "\u2013" + Year(lastYear);

    // Rounding -0.04 to one decimal must not print "-0,0".
    private static double NormaliseZero(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0.0 ? 0.0 : rounded;
    }
}
