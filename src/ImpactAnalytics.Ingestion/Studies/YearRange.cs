namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>The study period in calendar years, both ends inclusive (<c>2014-2023</c>), with First ≤ Last.</summary>
/// <param name="First">First year of the study period.</param>
/// <param name="Last">Last year of the study period, inclusive.</param>
public readonly record struct YearRange(int First, int Last)
{
    /// <summary>Number of years in the period (Last − First + 1).</summary>
    public int Count => Last - First + 1;

    /// <summary>Whether <paramref name="year"/> lies in the period.</summary>
    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>The study-file form, e.g. <c>2014-2023</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{First}-{Last}");
}
