namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// Quantiles of values that are not sorted, by selection (expected linear time) instead of a whole sort: the same
/// order statistics, so the same results as <see cref="Quantiles"/> on the sorted values.
/// </summary>
internal static class OrderStatistics
{
    // Below this many values a sort is as quick as a selection.
    private const int SortBelow = 32;

    /// <summary>
    /// <see cref="Quantiles.Median"/> of <paramref name="values"/> in any order, which it reorders: the values at
    /// ranks ⌊(n − 1)/2⌋ and the one after, interpolated as type 7 does.
    /// </summary>
    /// <exception cref="ArgumentException">When there are no values.</exception>
    public static double Median(Span<double> values)
    {
        if (values.Length < SortBelow)
        {
            values.Sort();
            return Quantiles.Median(values);
        }

        var h = (values.Length - 1) * 0.5;
        var lo = (int)Math.Floor(h);
        Select(values, lo);
        var x0 = values[lo];
        // Everything after rank lo is at least x0: the next order statistic is the smallest of them.
        var x1 = values[lo + 1];
        foreach (var v in values[(lo + 2)..])
        {
            if (v.CompareTo(x1) < 0)
            {
                x1 = v;
            }
        }

        return x0 + ((h - lo) * (x1 - x0));
    }

    /// <summary>
    /// Reorders <paramref name="values"/> so that the value at <paramref name="k"/> is the one a sort would put there,
    /// none before it is larger and none after it smaller (the order of <see cref="double.CompareTo(double)"/>).
    /// </summary>
    internal static void Select(Span<double> values, int k)
    {
        var left = 0;
        var right = values.Length - 1;
        // A bad run of pivots cannot cost more than a sort: after enough rounds the rest is sorted.
        var rounds = 2 * (64 - (int)ulong.LeadingZeroCount((ulong)values.Length));
        while (right > left)
        {
            if (rounds-- == 0)
            {
                values[left..(right + 1)].Sort();
                return;
            }

            var pivot = MedianOfThree(values[left], values[left + ((right - left) / 2)], values[right]);
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (values[j].CompareTo(pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [left, j] ≤ pivot ≤ [i, right], and anything between j and i equals the pivot.
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static double MedianOfThree(double a, double b, double c)
    {
        if (a.CompareTo(b) > 0)
        {
            (a, b) = (b, a);
        }

        if (b.CompareTo(c) > 0)
        {
            b = c;
        }

        return a.CompareTo(b) > 0 ? a : b;
    }
}
