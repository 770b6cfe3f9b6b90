using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// <see cref="FirmPanel.FindRow"/> without a search in the usual case: a firm's rows are its years in ascending order,
/// one row per year, so when its years run without a gap the row of a year is its first row plus the years since its
/// first year. That row is checked, and a firm with a gap before the year falls back to the binary search.
/// </summary>
internal static class FirmRows
{
    /// <summary>The row of firm <paramref name="firm"/> in <paramref name="year"/>, or −1 (as <see cref="FirmPanel.FindRow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Find(FirmPanel panel, int firm, int year)
    {
        var from = panel.FirmFirstRow[firm];
        var end = panel.FirmFirstRow[firm + 1];
        if (from == end)
        {
            return -1;
        }

        var years = panel.RowYear;
        var offset = (long)year - years[from];
        if (offset < 0)
        {
            return -1;
        }

        if (offset < end - from && years[from + (int)offset] == year)
        {
            return from + (int)offset;
        }

        return panel.FindRow(firm, year);
    }
}
