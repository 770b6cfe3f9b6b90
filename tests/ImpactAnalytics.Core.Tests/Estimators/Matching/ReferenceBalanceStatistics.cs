using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The first implementation of <see cref="BalanceStatistics"/>, kept verbatim as the reference: eCDFs by sorting every
/// unit (ties by row) and accumulating the weights, moments through predicates. The fast statistics (counts merged
/// from sorted keys before matching, one pass per group) must give bit-identical rows.
/// </summary>
internal static class ReferenceBalanceStatistics
{
    /// <summary>
    /// The balance row of one variable. "Before" compares all treated with all controls, unweighted; "after" compares
    /// the units with a positive weight, weighted. A variable is binary when its only values are 0 and 1.
    /// </summary>
    /// <param name="name">Label of the row.</param>
    /// <param name="values">The variable per row.</param>
    /// <param name="treated">Treatment per row.</param>
    /// <param name="weights">Matching weight per row (0 = not in the matched sample).</param>
    public static BalanceRow Row(string name, IReadOnlyList<double> values, IReadOnlyList<bool> treated, IReadOnlyList<double> weights)
    {
        // Arrays once: the loops below index every row several times.
        var n = values.Count;
        if (treated.Count != n || weights.Count != n)
        {
            throw new ArgumentException($"{n} values, {treated.Count} treatment values and {weights.Count} weights: lengths must agree.", nameof(values));
        }

        return Row(name, values as double[] ?? [.. values], treated as bool[] ?? [.. treated], weights as double[] ?? [.. weights]);
    }

    private static BalanceRow Row(string name, double[] values, bool[] treated, double[] weights)
    {
        var n = values.Length;
        var binary = values.All(v => v is 0.0 or 1.0);
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        var before = Group.Of(values, treated, ones);
        var after = Group.Of(values, treated, weights);

        double scale;
        if (binary)
        {
            var p = before.TreatedMean;
            scale = Math.Sqrt(p * (1 - p));
        }
        else
        {
            scale = Math.Sqrt(before.TreatedVariance ?? 0.0);
        }

        double? Smd(Group g) => scale > 0 ? (g.TreatedMean - g.ControlMean) / scale : null;
        double? Ratio(Group g) => binary || g.ControlVariance is not > 0 || g.TreatedVariance is null
            ? null
            : g.TreatedVariance / g.ControlVariance;

        var (ecdfMeanBefore, ecdfMaxBefore) = binary ? Twice(before) : Ecdf(values, treated, ones);
        var (ecdfMeanAfter, ecdfMaxAfter) = binary ? Twice(after) : Ecdf(values, treated, weights);
        return new BalanceRow(
            name,
            binary,
            before.TreatedMean,
            before.ControlMean,
            after.TreatedMean,
            after.ControlMean,
            Smd(before),
            Smd(after),
            Ratio(before),
            Ratio(after),
            ecdfMeanBefore,
            ecdfMeanAfter,
            ecdfMaxBefore,
            ecdfMaxAfter);
    }

    private static (double Mean, double Max) Twice(Group g)
    {
        var d = Math.Abs(g.TreatedMean - g.ControlMean);
        return (d, d);
    }

    // Weighted eCDFs evaluated at every distinct value among the units compared; the last value gives 0 difference.
    // Units in ascending value, equal values in row order (as a stable sort would leave them).
    private static (double Mean, double Max) Ecdf(double[] values, bool[] treated, double[] weights)
    {
        var units = Enumerable.Range(0, values.Length).Where(i => weights[i] > 0).ToArray();
        var keys = units.Select(i => values[i]).ToArray();
        Array.Sort(keys, units);
        for (var start = 0; start < units.Length;)
        {
            var end = start + 1;
            while (end < units.Length && keys[end] == keys[start])
            {
                end++;
            }

            Array.Sort(units, start, end - start);
            start = end;
        }

        var totalTreated = units.Where(i => treated[i]).Sum(i => weights[i]);
        var totalControl = units.Where(i => !treated[i]).Sum(i => weights[i]);
        double cumTreated = 0, cumControl = 0, sum = 0, max = 0;
        var distinct = 0;
        for (var k = 0; k < units.Length; k++)
        {
            var i = units[k];
            if (treated[i])
            {
                cumTreated += weights[i];
            }
            else
            {
                cumControl += weights[i];
            }

            if (k + 1 < units.Length && values[units[k + 1]] == values[i])
            {
                continue;
            }

            var d = Math.Abs((cumTreated / totalTreated) - (cumControl / totalControl));
            sum += d;
            max = Math.Max(max, d);
            distinct++;
        }

        return (sum / distinct, max);
    }

    private sealed record Group(double TreatedMean, double ControlMean, double? TreatedVariance, double? ControlVariance)
    {
        public static Group Of(double[] values, bool[] treated, double[] weights)
        {
            var (mt, vt) = Moments(values, weights, i => treated[i]);
            var (mc, vc) = Moments(values, weights, i => !treated[i]);
            return new Group(mt, mc, vt, vc);
        }

        // Weighted mean and the weighted analogue of the n − 1 variance: Σw(x − m)² · Σw / ((Σw)² − Σw²).
        private static (double Mean, double? Variance) Moments(double[] x, double[] w, Func<int, bool> member)
        {
            double sw = 0, swx = 0, sw2 = 0;
            for (var i = 0; i < x.Length; i++)
            {
                if (member(i) && w[i] > 0)
                {
                    sw += w[i];
                    swx += w[i] * x[i];
                    sw2 += w[i] * w[i];
                }
            }

            var mean = swx / sw;
            double ss = 0;
            for (var i = 0; i < x.Length; i++)
            {
                if (member(i) && w[i] > 0)
                {
                    ss += w[i] * (x[i] - mean) * (x[i] - mean);
                }
            }

            var denominator = (sw * sw) - sw2;
            return (mean, denominator > 0 ? ss * sw / denominator : null);
        }
    }
}
