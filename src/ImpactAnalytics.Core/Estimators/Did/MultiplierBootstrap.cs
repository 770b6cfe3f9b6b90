using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The multiplier bootstrap of Callaway &amp; Sant'Anna (2021, §4, Algorithm 1): draw one weight Vᵢ per unit with
/// mean 0 and variance 1 (Mammen's two-point distribution), perturb the influence functions,
/// R*ₖ = n^(−1/2) Σᵢ Vᵢ ψᵢₖ, and read off robust standard errors (interquartile range / (z₀.₇₅ − z₀.₂₅)) and the
/// (1 − α) quantile of maxₖ |R*ₖ| / σₖ as the uniform critical value. Replicate b draws its weights from a
/// SplitMix64 stream seeded by (seed, b), so results do not depend on threading or on the .NET version. The draws
/// themselves are formed by <see cref="MultiplierDraws"/>; aggregates' draws from the cells' through their
/// <see cref="InfluenceForm"/>.
/// </summary>
internal static class MultiplierBootstrap
{
    private static readonly double Sqrt5 = Math.Sqrt(5.0);

    /// <summary>Mammen's two weights, (1 − √5)/2 with probability (√5 + 1)/(2√5), else (1 + √5)/2.</summary>
    internal static readonly double LowWeight = (1.0 - Sqrt5) / 2.0;

    internal static readonly double HighWeight = (1.0 + Sqrt5) / 2.0;

    private static readonly double LowProbability = (Sqrt5 + 1.0) / (2.0 * Sqrt5);

    private static readonly ulong LowThreshold = (ulong)Math.Ceiling(LowProbability * (1UL << 53));

    // As in R did: columns whose bootstrap scale is below this are degenerate and left out of the maximum.
    private static readonly double DegenerateScale = 10.0 * Math.Sqrt(Math.BitIncrement(1.0) - 1.0);

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

    /// <summary>Replicate <paramref name="replicate"/>'s weight per unit, in unit order (the stream the draws use).</summary>
    internal static void FillWeights(double[] v, int seed, int replicate)
    {
        var state = SeedState(seed, replicate);
        for (var i = 0; i < v.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            v[i] = IsLow(state) ? LowWeight : HighWeight;
        }
    }

    /// <summary>The SplitMix64 state of a replicate before its first unit.</summary>
    internal static ulong SeedState(int seed, int replicate) =>
        ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)replicate * 0xD1B54A32D192ED03UL);

    /// <summary>SplitMix64's output for a state, as a uniform on [0, 1) with 53 bits, below the low weight's probability.</summary>
    internal static bool IsLow(ulong state) => High(state) == 0;

    /// <summary>
    /// 1 when the unit's weight is the high one, else 0, without a branch: u = m·2⁻⁵³ with m the top 53 bits is exact,
    /// so u &lt; P ⇔ m &lt; ⌈P·2⁵³⌉ for the integer m.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int High(ulong state)
    {
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(((z >> 11) - LowThreshold) >> 63) ^ 1;
    }

    /// <summary><see cref="High(ulong)"/> lane by lane: 1 or 0 per lane (64-bit wrapping arithmetic, as the scalar).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> High(Vector256<ulong> state)
    {
        var z = state;
        z = (z ^ (z >> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 27)) * Vector256.Create(0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (((z >> 11) - Vector256.Create(LowThreshold)) >> 63) ^ Vector256<ulong>.One;
    }

    // R's default (type 7) quantile of sorted data: linear interpolation between order statistics.
    private static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
