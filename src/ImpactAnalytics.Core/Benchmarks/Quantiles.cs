using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Order statistics on sorted values. Quantiles are Hyndman &amp; Fan type 7 (linear interpolation between order
/// statistics; the default of R, NumPy and Excel's PERCENTILE.INC): with h = (n − 1)·p,
/// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), 0-based.
/// </summary>
public static class Quantiles
{
    /// <summary>The type-7 quantile of ascending values; p in [0, 1].</summary>
    /// <exception cref="ArgumentException">When there are no values or p is outside [0, 1].</exception>
    public static double Type7(ReadOnlySpan<double> sorted, double p) =>
        Type7(sorted, p, double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>The type-7 quantile of ascending values each clamped to [low, high] (a winsorised sample).</summary>
    internal static double Type7(ReadOnlySpan<double> sorted, double p, double low, double high)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("a quantile needs at least one value", nameof(sorted));
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "quantile probability must be in [0, 1]");
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var x0 = Math.Clamp(sorted[lo], low, high);
        if (lo + 1 >= sorted.Length)
        {
            return x0;
        }

        var x1 = Math.Clamp(sorted[lo + 1], low, high);
        return x0 + ((h - lo) * (x1 - x0));
    }

    /// <summary>The median (type 7: the middle value, or the mean of the middle pair).</summary>
    public static double Median(ReadOnlySpan<double> sorted) => Type7(sorted, 0.5);

    /// <summary>
    /// The mid-rank share of ascending values below <paramref name="value"/>: (count below + ½·count equal) / n,
    /// in [0, 1]. Ties count half, so a value equal to every benchmark firm sits at 0.5.
    /// </summary>
    /// <exception cref="ArgumentException">When there are no values.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MidRankShare(ReadOnlySpan<double> sorted, double value)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("a percentile needs at least one value", nameof(sorted));
        }

        var below = LowerBound(sorted, value);
        var upTo = UpperBound(sorted, value);
        return (below + (0.5 * (upTo - below))) / sorted.Length;
    }

    /// <summary>Index of the first value ≥ x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LowerBound(ReadOnlySpan<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the first value &gt; x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int UpperBound(ReadOnlySpan<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
