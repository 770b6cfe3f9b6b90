using System.Globalization;

namespace ImpactAnalytics.Ingestion.Quality;

/// <summary>Dates as Belgian files write them: ISO <c>2020-12-31</c>, or day first <c>31/12/2020</c>, <c>31-12-2020</c>, <c>31.12.2020</c>.</summary>
internal static class DateFields
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyyMMdd",
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy",
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }

        date = default;
        return false;
    }
}
