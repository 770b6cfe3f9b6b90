using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Covariate balance between treated and controls, before and after matching, as defined on <see cref="BalanceRow"/>
/// (MatchIt's <c>summary()</c> statistics for the ATT).
/// </summary>
public static class BalanceStatistics
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

        var v = values as double[] ?? [.. values];
        var t = treated as bool[] ?? [.. treated];
        var w = weights as double[] ?? [.. weights];
        return Row(name, v, t, new BalanceWorkspace(w));
    }

    /// <summary>The rows with a positive weight (the matched sample), ascending.</summary>
    internal static int[] Compared(double[] weights)
    {
        var count = 0;
        foreach (var w in weights)
        {
            count += w > 0 ? 1 : 0;
        }

        var rows = new int[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if (weights[i] > 0)
            {
                rows[k++] = i;
            }
        }

        return rows;
    }

    /// <summary>
    /// <see cref="Row(string, IReadOnlyList{double}, IReadOnlyList{bool}, IReadOnlyList{double})"/> on arrays, with
    /// the weights, matched rows and sort buffers in a <see cref="BalanceWorkspace"/> that every variable of one matched
    /// sample shares.
    /// </summary>
    internal static BalanceRow Row(string name, double[] values, bool[] treated, BalanceWorkspace workspace)
    {
        var (weights, matched) = (workspace.Weights, workspace.Matched);
        var binary = IsBinary(values);
        var before = Group.Of(values, treated, null, null);
        var after = Group.Of(values, treated, weights, matched);

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

        var (ecdfMeanBefore, ecdfMaxBefore) = binary ? Twice(before) : BalanceEcdf.Unweighted(values, treated, workspace.Keys, workspace.Scratch);
        var (ecdfMeanAfter, ecdfMaxAfter) = binary ? Twice(after) : BalanceEcdf.Weighted(values, treated, weights, matched);
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

    private static bool IsBinary(double[] values)
    {
        foreach (var v in values)
        {
            if (v is not (0.0 or 1.0))
            {
                return false;
            }
        }

        return true;
    }

    private static (double Mean, double Max) Twice(Group g)
    {
        var d = Math.Abs(g.TreatedMean - g.ControlMean);
        return (d, d);
    }

    private sealed record Group(double TreatedMean, double ControlMean, double? TreatedVariance, double? ControlVariance)
    {
        // Weighted means and the weighted analogue of the n − 1 variance, Σw(x − m)² · Σw / ((Σw)² − Σw²), of the
        // treated (group 0) and the controls (group 1), each summed in row order over the rows of positive weight.
        // Without weights (null) every row weighs 1 (the products with 1 are exact); without rows (null) all rows.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Group Of(double[] x, bool[] treated, double[]? weights, int[]? rows)
        {
            var count = rows?.Length ?? x.Length;
            double sw0 = 0, swx0 = 0, sw20 = 0, sw1 = 0, swx1 = 0, sw21 = 0;
            for (var k = 0; k < count; k++)
            {
                var i = rows is null ? k : rows[k];
                var w = weights is null ? 1.0 : weights[i];
                if (!(w > 0))
                {
                    continue;
                }

                if (treated[i])
                {
                    sw0 += w;
                    swx0 += w * x[i];
                    sw20 += w * w;
                }
                else
                {
                    sw1 += w;
                    swx1 += w * x[i];
                    sw21 += w * w;
                }
            }

            var (m0, m1) = (swx0 / sw0, swx1 / sw1);
            double ss0 = 0, ss1 = 0;
            for (var k = 0; k < count; k++)
            {
                var i = rows is null ? k : rows[k];
                var w = weights is null ? 1.0 : weights[i];
                if (!(w > 0))
                {
                    continue;
                }

                if (treated[i])
                {
                    ss0 += w * (x[i] - m0) * (x[i] - m0);
                }
                else
                {
                    ss1 += w * (x[i] - m1) * (x[i] - m1);
                }
            }

            var (d0, d1) = ((sw0 * sw0) - sw20, (sw1 * sw1) - sw21);
            return new Group(m0, m1, d0 > 0 ? ss0 * sw0 / d0 : null, d1 > 0 ? ss1 * sw1 / d1 : null);
        }
    }
}
