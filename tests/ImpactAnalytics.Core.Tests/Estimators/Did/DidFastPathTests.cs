using ImpactAnalytics.Core.Estimators.Did;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The fast paths of the DiD against the straightforward computation they replace, to the last bit: the multiplier
/// bits drawn four replicates at a time, the cell draws' subset sums (bytes read straight from the bit rows) and the
/// doubly robust mean derivatives (a vector per unit, zero factors skipped).
/// </summary>
public sealed class DidFastPathTests
{
    [Theory]
    [InlineData(1003, 7, 0)]
    [InlineData(9001, 12, 3)]
    public void Bits_drawn_four_replicates_at_a_time_equal_those_drawn_one_at_a_time(int units, int replicates, int first)
    {
        var groups = ((units + 7) / 8) - first;
        var fast = new byte[groups * replicates];
        var plain = new byte[groups * replicates];

        MultiplierBits.FillAll(fast, 20240501, first, groups, replicates, units);
        for (var b = 0; b < replicates; b++)
        {
            MultiplierBits.Fill(plain, 20240501, b, first, groups, replicates, units);
        }

        Assert.Equal(plain, fast);
    }

    [Theory]
    [InlineData(9001, 11, 13)]
    [InlineData(37, 8, 5)]
    public void Cell_draws_equal_four_group_subset_sums_in_unit_order_to_the_last_bit(int units, int cells, int replicates)
    {
        var random = new Random(units);
        var psis = new double[cells][];
        for (var k = 0; k < cells; k++)
        {
            // Zeros as for units outside a cell's 2×2, and values of very different sizes so that order matters.
            psis[k] = [.. Enumerable.Range(0, units).Select(_ => random.Next(4) == 0 ? 0.0 : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))];
        }

        var unitCohort = Enumerable.Range(0, units).Select(i => (i % 3) - 1).ToArray();
        var settings = new ImpactAnalytics.Core.Settings.BootstrapSettings { Replicates = replicates, Seed = 7 };

        var (draws, _) = MultiplierDraws.Draw(psis, unitCohort, 2, settings);

        var high = new bool[replicates][];
        for (var b = 0; b < replicates; b++)
        {
            var v = new double[units];
            MultiplierBootstrap.FillWeights(v, settings.Seed, b);
            high[b] = [.. v.Select(w => w == MultiplierBootstrap.HighWeight)];
        }

        for (var k = 0; k < cells; k++)
        {
            var expected = Reference(psis[k], high);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), draws[k].Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Doubly_robust_derivatives_equal_the_unit_by_unit_sums_to_the_last_bit(int covariates)
    {
        var random = new Random(covariates);
        const int n = 2001;
        var k = covariates + 1;
        var x = new Matrix(n, k);
        var d = new double[n];
        var w0 = new double[n];
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = x.WritableRow(i);
            row[0] = 1.0;
            for (var j = 1; j < k; j++)
            {
                row[j] = random.Next(10) == 0 ? -0.0 : (random.NextDouble() - 0.3) * 40;
            }

            d[i] = random.Next(3) == 0 ? 1.0 : 0.0;
            // Treated units and trimmed controls have no control weight; some residuals equal τ₀ exactly.
            w0[i] = d[i] == 1.0 || random.Next(8) == 0 ? 0.0 : random.NextDouble() * 3;
            r[i] = random.Next(12) == 0 ? 0.25 : random.NextDouble() - 0.5;
        }

        var (m1, m2, m3) = TwoByTwoDid.DoublyRobustDerivatives(d, w0, r, 0.25, x);

        double[] e1 = new double[k], e2 = new double[k], e3 = new double[k];
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < k; j++)
            {
                e1[j] += d[i] * row[j] / n;
                e2[j] += w0[i] * (r[i] - 0.25) * row[j] / n;
                e3[j] += w0[i] * row[j] / n;
            }
        }

        Assert.Equal(e1.Select(BitConverter.DoubleToInt64Bits), m1.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(e2.Select(BitConverter.DoubleToInt64Bits), m2.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(e3.Select(BitConverter.DoubleToInt64Bits), m3.Select(BitConverter.DoubleToInt64Bits));
    }

    // The draws by their defining order: per replicate, the groups of eight units four at a time,
    // sum += (((0 + S₁) + S₂) + S₃) + S₄ with Sₚ the group's subset sum built from its highest unit down
    // (S(m) = S(m without its lowest unit) + ψ of that unit); then n^(−1/2)(L Σψ + (H − L) sum).
    private static double[] Reference(double[] psi, bool[][] high)
    {
        var n = psi.Length;
        var groups = (n + 7) / 8;
        var total = 0.0;
        foreach (var v in psi)
        {
            total += v;
        }

        var draws = new double[high.Length];
        for (var b = 0; b < high.Length; b++)
        {
            var sum = 0.0;
            for (var g = 0; g < groups; g += 4)
            {
                var pass = 0.0;
                for (var p = g; p < g + 4; p++)
                {
                    var mask = 0;
                    for (var u = 0; u < 8 && (p * 8) + u < n; u++)
                    {
                        mask |= high[b][(p * 8) + u] ? 1 << u : 0;
                    }

                    pass += p < groups ? Subset(psi, p * 8, mask) : 0.0;
                }

                sum += pass;
            }

            draws[b] = 1.0 / Math.Sqrt(n) * ((MultiplierBootstrap.LowWeight * total) + ((MultiplierBootstrap.HighWeight - MultiplierBootstrap.LowWeight) * sum));
        }

        return draws;
    }

    private static double Subset(double[] psi, int unit, int mask) =>
        mask == 0 ? 0.0 : Subset(psi, unit, mask & (mask - 1)) + psi[unit + System.Numerics.BitOperations.TrailingZeroCount(mask)];
}
