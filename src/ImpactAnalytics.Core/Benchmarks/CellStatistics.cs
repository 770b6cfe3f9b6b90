using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// The statistics of one benchmark cell's LP (METHODS §4), euros per FTE. Mean and quantiles are taken after the
/// outlier rule (winsorised: clamped to the cell's low/high type-7 quantiles; trimmed: the ⌊n·low⌋ lowest and
/// ⌊n·(1 − high)⌋ highest values dropped);
/// the aggregate ratio ΣVA / ΣFTE uses raw sums of every firm in the cell.
/// </summary>
/// <param name="N">Firms in the cell with a valid LP (before trimming).</param>
/// <param name="Mean">Mean LP after the outlier rule.</param>
/// <param name="Median">Median LP after the outlier rule (type 7).</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Ratio">ΣVA / ΣFTE over the raw cell.</param>
public readonly record struct CellStatistics(
    int N, double Mean, double Median, double P10, double P25, double P75, double P90, double Ratio)
{
    /// <summary>Computes the statistics from a cell's ascending raw LP values and its VA and FTE sums.</summary>
    /// <exception cref="ArgumentException">When the cell is empty.</exception>
    public static CellStatistics Compute(ReadOnlySpan<double> sortedLp, double sumVa, double sumFte, OutlierRule rule)
    {
        var low = double.NegativeInfinity;
        var high = double.PositiveInfinity;
        var values = sortedLp;
        if (rule.Method != OutlierMethod.None)
        {
            if (rule.Method == OutlierMethod.Winsorize)
            {
                (low, high) = (Quantiles.Type7(sortedLp, rule.Low), Quantiles.Type7(sortedLp, rule.High));
            }
            else
            {
                // Trimming by count (the trimmed mean's definition): drop ⌊n·low⌋ lowest and ⌊n·(1 − high)⌋ highest
                // values. Dropping whatever lies outside the interpolated quantiles would drop both extremes of
                // every cell under 100 firms, and empty a cell of two.
                var n = sortedLp.Length;
                var from = (int)Math.Floor((n * rule.Low) + 1e-9);
                var to = n - (int)Math.Floor((n * (1 - rule.High)) + 1e-9);
                values = to > from ? sortedLp[from..to] : sortedLp;
            }
        }

        var sum = 0.0;
        foreach (var x in values)
        {
            sum += Math.Clamp(x, low, high);
        }

        return new CellStatistics(
            sortedLp.Length,
            sum / values.Length,
            Quantiles.Type7(values, 0.5, low, high),
            Quantiles.Type7(values, 0.10, low, high),
            Quantiles.Type7(values, 0.25, low, high),
            Quantiles.Type7(values, 0.75, low, high),
            Quantiles.Type7(values, 0.90, low, high),
            sumVa / sumFte);
    }

    /// <summary>The statistic members are compared with.</summary>
    public double Get(BenchmarkStatistic statistic) => statistic switch
    {
        BenchmarkStatistic.Mean => Mean,
        BenchmarkStatistic.Ratio => Ratio,
        _ => Median,
    };
}
