using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// ΣVA and ΣFTE of every firm in the panel per year: the region whose share the clusters hold. The panel is the
/// Flemish register, so the region is Flanders as the data cover it (not the national accounts' total).
/// </summary>
internal sealed class RegionTotals
{
    private RegionTotals(int firstYear, double[] va, double[] fte)
    {
        FirstYear = firstYear;
        Va = va;
        Fte = fte;
    }

    public int FirstYear { get; }

    public double[] Va { get; }

    public double[] Fte { get; }

    public static RegionTotals Compute(FirmPanel panel, FirmMeasures measures, int firstYear, int lastYear)
    {
        var years = lastYear - firstYear + 1;
        var va = new double[years];
        var fte = new double[years];
        var present = measures.Present;
        for (var r = 0; r < panel.RowCount; r++)
        {
            var y = panel.RowYear[r] - firstYear;
            if (y < 0 || y >= years)
            {
                continue;
            }

            if ((present[r] & MeasureSet.Va) != 0)
            {
                va[y] += measures.Va[r];
            }

            if ((present[r] & MeasureSet.Fte) != 0)
            {
                fte[y] += measures.Fte[r];
            }
        }

        return new RegionTotals(firstYear, va, fte);
    }
}
