using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Comparison;

/// <summary>
/// Every member row of the study period (any cluster) with its comparison to the benchmark, column by column,
/// aligned with <see cref="Rows"/> (ascending row indices, so by firm then year).
/// </summary>
internal sealed class MemberComparison
{
    private MemberComparison(int count)
    {
        Rows = new int[count];
        Level = new int[count];
        Cell = new int[count];
        Benchmark = new double[count];
        SectorMedian = new double[count];
        DeltaRel = new double[count];
        LogRatio = new double[count];
        Percentile = new double[count];
        HasDeltaRel = new bool[count];
        HasLogRatio = new bool[count];
    }

    public int[] Rows { get; }

    /// <summary>Index into the benchmark table's levels, -1 when the row has no LP or no level reached min_cell.</summary>
    public int[] Level { get; }

    public int[] Cell { get; }

    /// <summary>B, the chosen statistic of the cell.</summary>
    public double[] Benchmark { get; }

    /// <summary>The cell's median, whatever the chosen statistic (for the share above the sector median).</summary>
    public double[] SectorMedian { get; }

    public double[] DeltaRel { get; }

    public double[] LogRatio { get; }

    public double[] Percentile { get; }

    public bool[] HasDeltaRel { get; }

    public bool[] HasLogRatio { get; }

    public static MemberComparison Compute(
        FirmPanel panel, FirmMeasures measures, ulong[] rowClusters, BenchmarkTable table, int firstYear, int lastYear)
    {
        var count = 0;
        for (var r = 0; r < panel.RowCount; r++)
        {
            if (rowClusters[r] != 0 && panel.RowYear[r] >= firstYear && panel.RowYear[r] <= lastYear)
            {
                count++;
            }
        }

        var result = new MemberComparison(count);
        var lp = measures.Lp;
        var present = measures.Present;
        var statistic = table.Settings.Statistic;
        var i = 0;
        for (var r = 0; r < panel.RowCount; r++)
        {
            if (rowClusters[r] == 0 || panel.RowYear[r] < firstYear || panel.RowYear[r] > lastYear)
            {
                continue;
            }

            result.Rows[i] = r;
            result.Level[i] = -1;
            if ((present[r] & MeasureSet.Lp) != 0 && table.TryFind(panel.RowFirm[r], panel.RowYear[r], out var level, out var cell))
            {
                var cells = table.Levels[level];
                var b = cells.Stats[cell].Get(statistic);
                result.Level[i] = level;
                result.Cell[i] = cell;
                result.Benchmark[i] = b;
                result.SectorMedian[i] = cells.Stats[cell].Median;
                result.Percentile[i] = Quantiles.MidRankShare(cells.Values(cell), lp[r]);
                if (b > 0)
                {
                    result.DeltaRel[i] = (lp[r] / b) - 1;
                    result.HasDeltaRel[i] = true;
                    if (lp[r] > 0)
                    {
                        result.LogRatio[i] = Math.Log(lp[r] / b);
                        result.HasLogRatio[i] = true;
                    }
                }
            }

            i++;
        }

        return result;
    }
}
