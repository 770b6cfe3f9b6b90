namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Where each member row of the study period (any cluster; ascending row index, so by firm then year) is compared:
/// the benchmark level (index into <see cref="BenchmarkTable.Levels"/>) and cell after the small-cell fallback, and
/// the member's mid-rank percentile among the cell's raw LP values. Level is -1 when the row has no LP or no level
/// reached min_cell.
/// </summary>
internal sealed class MemberPlacement
{
    public MemberPlacement(int[] rows)
    {
        Rows = rows;
        Level = new int[rows.Length];
        Cell = new int[rows.Length];
        Percentile = new double[rows.Length];
        Array.Fill(Level, -1);
    }

    public int[] Rows { get; }

    public int[] Level { get; }

    public int[] Cell { get; }

    public double[] Percentile { get; }
}
