using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// The columns of the member rows (<see cref="Comparison.MemberComparison.Rows"/>) that the cluster figures read,
/// copied out of the panel and measures once, in row order, and indexed like the comparison: member rows lie far
/// apart among the panel's rows, so reading them again per cluster would fetch a cache line for every value.
/// </summary>
internal sealed class MemberColumns
{
    public MemberColumns(FirmPanel panel, FirmMeasures measures, MembershipIndex membership, int[] rows, int firstYear)
    {
        Year = new int[rows.Length];
        Set = new ulong[rows.Length];
        Present = new MeasureSet[rows.Length];
        Va = new double[rows.Length];
        Fte = new double[rows.Length];
        Lp = new double[rows.Length];
        var present = measures.Present;
        var va = measures.Va;
        var fte = measures.Fte;
        var lp = measures.Lp;
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            Year[i] = panel.RowYear[r] - firstYear;
            Set[i] = membership.RowClusters[r];
            Present[i] = present[r];
            Va[i] = va[r];
            Fte[i] = fte[r];
            Lp[i] = lp[r];
        }
    }

    /// <summary>The year less the first year of the study period.</summary>
    public int[] Year { get; }

    /// <summary>The row's cluster set (<see cref="MembershipIndex.RowClusters"/>).</summary>
    public ulong[] Set { get; }

    public MeasureSet[] Present { get; }

    public double[] Va { get; }

    public double[] Fte { get; }

    public double[] Lp { get; }
}
