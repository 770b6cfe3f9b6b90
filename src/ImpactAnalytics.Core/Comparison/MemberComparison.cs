using ImpactAnalytics.Core.Benchmarks;
using ImpactAnalytics.Core.Measures;

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

    /// <summary>The comparison of every member row the table placed (<see cref="BenchmarkTable.Members"/>).</summary>
    public static MemberComparison Compute(FirmMeasures measures, BenchmarkTable table)
    {
        var placed = table.Members;
        var result = new MemberComparison(placed.Rows.Length);
        var lp = measures.Lp;
        var statistic = table.Settings.Statistic;
        for (var i = 0; i < placed.Rows.Length; i++)
        {
            var r = placed.Rows[i];
            result.Rows[i] = r;
            result.Level[i] = placed.Level[i];
            if (placed.Level[i] < 0)
            {
                continue;
            }

            var cells = table.Levels[placed.Level[i]];
            var stats = cells.Stats(placed.Cell[i]);
            var b = stats.Get(statistic);
            result.Cell[i] = placed.Cell[i];
            result.Benchmark[i] = b;
            result.SectorMedian[i] = stats.Median;
            result.Percentile[i] = placed.Percentile[i];
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

        return result;
    }
}
