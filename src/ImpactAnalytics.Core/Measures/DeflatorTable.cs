using System.Globalization;

namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// Price indices per NACE division and year (base year = 100) for real-terms value added (METHODS §3):
/// real VA = nominal VA / (index / 100). Only VA and LP are deflated; wage cost and capital stay nominal.
/// </summary>
public sealed class DeflatorTable
{
    private readonly Dictionary<(int Division, int Year), double> _index;

    private DeflatorTable(Dictionary<(int Division, int Year), double> index) => _index = index;

    /// <summary>Number of (division, year) entries.</summary>
    public int Count => _index.Count;

    /// <summary>Builds a table; indices must be finite and strictly positive (programmer error otherwise).</summary>
    /// <exception cref="ArgumentException">When an index is not positive or an entry is given twice.</exception>
    public static DeflatorTable Create(IEnumerable<(int Division, int Year, double Index)> entries)
    {
        var index = new Dictionary<(int, int), double>();
        foreach (var (division, year, value) in entries)
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"deflator for division {division} in {year} must be positive, found {value}"),
                    nameof(entries));
            }

            if (!index.TryAdd((division, year), value))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"deflator for division {division} in {year} given twice"),
                    nameof(entries));
            }
        }

        return new DeflatorTable(index);
    }

    /// <summary>The index (base = 100) of a division in a year, or <c>null</c> when the table has none.</summary>
    public double? Index(int division, int year) => _index.TryGetValue((division, year), out var v) ? v : null;
}
