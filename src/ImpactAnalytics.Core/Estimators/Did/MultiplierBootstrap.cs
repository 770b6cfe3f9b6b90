using System.Runtime.Intrinsics;
using ImpactAnalytics.Core.Numerics;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The multiplier bootstrap of Callaway &amp; Sant'Anna (2021, §4, Algorithm 1): draw one weight Vᵢ per unit with
/// mean 0 and variance 1 (Mammen's two-point distribution), perturb the influence functions,
/// R*ₖ = n^(−1/2) Σᵢ Vᵢ ψᵢₖ, and read off robust standard errors (interquartile range / (z₀.₇₅ − z₀.₂₅)) and the
/// (1 − α) quantile of maxₖ |R*ₖ| / σₖ as the uniform critical value. Replicate b draws its weights from a
/// SplitMix64 stream seeded by (seed, b), so results do not depend on threading or on the .NET version.
/// </summary>
internal static class MultiplierBootstrap
{
    private static readonly double Sqrt5 = Math.Sqrt(5.0);
    private static readonly double LowWeight = (1.0 - Sqrt5) / 2.0;
    private static readonly double HighWeight = (1.0 + Sqrt5) / 2.0;
    private static readonly double LowProbability = (Sqrt5 + 1.0) / (2.0 * Sqrt5);

    // As in R did: columns whose bootstrap scale is below this are degenerate and left out of the maximum.
    private static readonly double DegenerateScale = 10.0 * Math.Sqrt(Math.BitIncrement(1.0) - 1.0);

    /// <summary>Draws [column][replicate] of n^(−1/2) Σᵢ Vᵢ ψᵢ for every column, all from the same weights.</summary>
    public static double[][] Draw(IReadOnlyList<double[]> psis, int n, BootstrapSettings settings)
    {
        var replicates = settings.Replicates;
        var draws = new double[psis.Count][];
        for (var k = 0; k < draws.Length; k++)
        {
            draws[k] = new double[replicates];
        }

        var scale = 1.0 / Math.Sqrt(n);
        Parallel.For(
            0,
            replicates,
            () => new double[n],
            (b, _, v) =>
            {
                FillWeights(v, settings.Seed, b);
                for (var k = 0; k < draws.Length; k++)
                {
                    draws[k][b] = scale * Dot(v, psis[k]);
                }

                return v;
            },
            _ => { });
        return draws;
    }

    /// <summary>Bootstrap standard errors of a set of columns and their uniform critical value.</summary>
    public static (double[] Se, double CriticalValue) Band(double[][] draws, int n, double alpha)
    {
        var iqrToSd = Distributions.NormalQuantile(0.75) - Distributions.NormalQuantile(0.25);
        var sigma = new double[draws.Length];
        var se = new double[draws.Length];
        for (var k = 0; k < draws.Length; k++)
        {
            var sorted = (double[])draws[k].Clone();
            Array.Sort(sorted);
            sigma[k] = (Quantile7(sorted, 0.75) - Quantile7(sorted, 0.25)) / iqrToSd;
            se[k] = sigma[k] / Math.Sqrt(n);
        }

        var replicates = draws.Length == 0 ? 0 : draws[0].Length;
        var maxT = new double[replicates];
        var any = false;
        for (var k = 0; k < draws.Length; k++)
        {
            if (!(sigma[k] > DegenerateScale))
            {
                continue;
            }

            any = true;
            for (var b = 0; b < replicates; b++)
            {
                maxT[b] = Math.Max(maxT[b], Math.Abs(draws[k][b]) / sigma[k]);
            }
        }

        if (!any)
        {
            return (se, Distributions.NormalQuantile(1 - (alpha / 2)));
        }

        Array.Sort(maxT);
        // Type-1 (inverse empirical distribution) quantile: the smallest draw with at least (1 − α)B draws below or at it.
        var index = (int)Math.Ceiling((1 - alpha) * replicates) - 1;
        return (se, maxT[Math.Clamp(index, 0, replicates - 1)]);
    }

    internal static void FillWeights(double[] v, int seed, int replicate)
    {
        var state = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)replicate * 0xD1B54A32D192ED03UL);
        for (var i = 0; i < v.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            var u = (z >> 11) * (1.0 / (1UL << 53));
            v[i] = u < LowProbability ? LowWeight : HighWeight;
        }
    }

    // R's default (type 7) quantile of sorted data: linear interpolation between order statistics.
    private static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    // Fixed-width (two-lane) vectors with two accumulators: fast, and the same rounding on every machine, so a seed
    // gives bit-identical bands everywhere (Vector<T> would change the summation order with the CPU's SIMD width).
    private static double Dot(double[] a, double[] b)
    {
        var s0 = Vector128<double>.Zero;
        var s1 = Vector128<double>.Zero;
        var i = 0;
        for (; i <= a.Length - 4; i += 4)
        {
            s0 += Vector128.Create(a.AsSpan(i, 2)) * Vector128.Create(b.AsSpan(i, 2));
            s1 += Vector128.Create(a.AsSpan(i + 2, 2)) * Vector128.Create(b.AsSpan(i + 2, 2));
        }

        var s = Vector128.Sum(s0 + s1);
        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
