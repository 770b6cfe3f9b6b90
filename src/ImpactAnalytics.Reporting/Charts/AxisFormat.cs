using ImpactAnalytics.Reporting.Formatting;
using ScottPlot.TickGenerators;

namespace ImpactAnalytics.Reporting.Charts;

/// <summary>Tick labels in the report language: years as years, shares as percentages, numbers with the right comma.</summary>
internal static class AxisFormat
{
    /// <summary>Automatic ticks whose labels are shares written as percentages ("5 %" in nl, "5%" in en).</summary>
    public static NumericAutomatic Percent(ReportCulture culture) =>
        new() { LabelFormatter = value => culture.Percent(value, DecimalsOf(value * 100.0)) };

    /// <summary>Automatic ticks whose labels are numbers in the report language ("1.234,5" in nl).</summary>
    public static NumericAutomatic Number(ReportCulture culture) =>
        new() { LabelFormatter = value => culture.Number(value, DecimalsOf(value)) };

    /// <summary>Automatic ticks labelled with the number's magnitude: exits drawn below zero read "20", not "-20".</summary>
    public static NumericAutomatic Magnitude(ReportCulture culture) =>
        new() { LabelFormatter = value => culture.Number(Math.Abs(value), DecimalsOf(value)) };

    /// <summary>
    /// One tick per year (every second or fifth year on long spans), labelled "2014", never "2,014" or "2.014".
    /// </summary>
    public static NumericManual Years(int firstYear, int lastYear)
    {
        var span = lastYear - firstYear;
        var step = span <= 12 ? 1 : span <= 25 ? 2 : 5;
        var ticks = new NumericManual();
        for (var year = firstYear; year <= lastYear; year++)
        {
            if ((year - firstYear) % step == 0)
            {
                ticks.AddMajor(year, ReportCulture.Year(year));
            }
        }

        return ticks;
    }

    /// <summary>Integer ticks labelled with the integer itself (event time).</summary>
    public static NumericManual Integers(int first, int last)
    {
        var ticks = new NumericManual();
        for (var value = first; value <= last; value++)
        {
            ticks.AddMajor(value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    /// <summary>Category ticks on a vertical axis, the first label on top (at position count − 1).</summary>
    public static NumericManual CategoriesTopDown(IReadOnlyList<string> labels)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(TopDown(i, labels.Count), labels[i]);
        }

        return ticks;
    }

    /// <summary>The vertical position of the i-th of <paramref name="count"/> categories drawn top-down.</summary>
    public static double TopDown(int index, int count) => count - 1 - index;

    // The fewest decimals (0–3) that show a tick value exactly: 5 → 0, 2.5 → 1, 0.25 → 2.
    private static int DecimalsOf(double value)
    {
        for (var decimals = 0; decimals < 3; decimals++)
        {
            if (Math.Abs(value - Math.Round(value, decimals)) < 1e-9 * Math.Max(1.0, Math.Abs(value)))
            {
                return decimals;
            }
        }

        return 3;
    }
}
