using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// The inner loop of <see cref="Bootstrap"/>: the means of replicates [from, to) of a cell's single
/// <see cref="SplitMix64"/> stream. Every replicate takes ⌈n/2⌉ draws (⌊n/2⌋ index pairs, then one index when n is
/// odd), so replicate b starts b·⌈n/2⌉ draws into the stream and each replicate runs on its own jumped generator.
/// Each replicate's sum adds its draws in stream order, pair by pair (<c>sum += x[a] + x[c]</c>), whichever path
/// computes it, so the means are bit for bit those of the single stream.
/// </summary>
internal static class BootstrapKernel
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const ulong Mix1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Mix2 = 0x94D049BB133111EBUL;

    /// <summary>The means of replicates [from, to) into <paramref name="means"/>[from, to); <paramref name="vector"/>
    /// false keeps to the scalar path (for tests: both paths give the same bits).</summary>
    public static void Replicates(ReadOnlySpan<double> values, int from, int to, ulong seed, Span<double> means, bool vector = true)
    {
        var b = from;
        if (vector && Avx2.IsSupported)
        {
            for (; b + 4 <= to; b += 4)
            {
                FourLanes(values, b, seed, means);
            }
        }

        Scalar(values, b, to, seed, means);
    }

    // Replicates b .. b + 3 in the four 64-bit lanes of AVX2 registers: SplitMix64 with its 64-bit multiplications
    // built from 32-bit ones (the low 64 bits are exact), the index pair by multiply-high of each 32-bit half.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FourLanes(ReadOnlySpan<double> values, int b, ulong seed, Span<double> means)
    {
        var n = values.Length;
        var draws = (ulong)((n + 1) / 2);
        ref var x = ref MemoryMarshal.GetReference(values);
        var gamma = Vector256.Create(Gamma);
        var mix1Low = Vector256.Create(Mix1 & 0xFFFFFFFFUL).AsUInt32();
        var mix1High = Vector256.Create(Mix1 >> 32).AsUInt32();
        var mix2Low = Vector256.Create(Mix2 & 0xFFFFFFFFUL).AsUInt32();
        var mix2High = Vector256.Create(Mix2 >> 32).AsUInt32();
        var count = Vector256.Create((ulong)n).AsUInt32();
        var state = Vector256.Create(
            Start(seed, (ulong)b * draws), Start(seed, (ulong)(b + 1) * draws), Start(seed, (ulong)(b + 2) * draws), Start(seed, (ulong)(b + 3) * draws));
        var sum = Vector256<double>.Zero;
        var i = 0;
        for (; i + 1 < n; i += 2)
        {
            state += gamma;
            var z = Mix(state, mix1Low, mix1High, mix2Low, mix2High);
            var a = Avx2.Multiply(z.AsUInt32(), count) >>> 32;
            var c = Avx2.Multiply((z >>> 32).AsUInt32(), count) >>> 32;
            var first = Vector256.Create(
                Unsafe.Add(ref x, (nint)a.GetElement(0)), Unsafe.Add(ref x, (nint)a.GetElement(1)),
                Unsafe.Add(ref x, (nint)a.GetElement(2)), Unsafe.Add(ref x, (nint)a.GetElement(3)));
            var second = Vector256.Create(
                Unsafe.Add(ref x, (nint)c.GetElement(0)), Unsafe.Add(ref x, (nint)c.GetElement(1)),
                Unsafe.Add(ref x, (nint)c.GetElement(2)), Unsafe.Add(ref x, (nint)c.GetElement(3)));
            sum += first + second;
        }

        if (i < n)
        {
            state += gamma;
            var z = Mix(state, mix1Low, mix1High, mix2Low, mix2High);
            sum += Vector256.Create(
                values[Index(z.GetElement(0), n)], values[Index(z.GetElement(1), n)],
                values[Index(z.GetElement(2), n)], values[Index(z.GetElement(3), n)]);
        }

        var mean = sum / Vector256.Create((double)n);
        means[b] = mean.GetElement(0);
        means[b + 1] = mean.GetElement(1);
        means[b + 2] = mean.GetElement(2);
        means[b + 3] = mean.GetElement(3);
    }

    // The state of the generator `draws` draws after seeding (SplitMix64.Skipped).
    private static ulong Start(ulong seed, ulong draws) => unchecked(seed + (draws * Gamma));

    // SplitMix64's output function of a state, lane by lane (SplitMix64.Next after its state step).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Mix(Vector256<ulong> z, Vector256<uint> mix1Low, Vector256<uint> mix1High, Vector256<uint> mix2Low, Vector256<uint> mix2High)
    {
        z = Multiply(z ^ (z >>> 30), mix1Low, mix1High);
        z = Multiply(z ^ (z >>> 27), mix2Low, mix2High);
        return z ^ (z >>> 31);
    }

    // The low 64 bits of z · m per lane: lo·lo + ((hi·lo + lo·hi) << 32), the hi·hi term falling off the top.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Multiply(Vector256<ulong> z, Vector256<uint> low, Vector256<uint> high)
    {
        var cross = Avx2.Multiply((z >>> 32).AsUInt32(), low) + Avx2.Multiply(z.AsUInt32(), high);
        return Avx2.Multiply(z.AsUInt32(), low) + (cross << 32);
    }

    // SplitMix64.NextIndex: multiply-high of a 64-bit draw.
    private static int Index(ulong draw, int n) => (int)Math.BigMul(draw, (ulong)n, out _);

    // The same means one replicate at a time on scalar generators, four side by side so their additions overlap.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scalar(ReadOnlySpan<double> values, int from, int to, ulong seed, Span<double> means)
    {
        var n = values.Length;
        var draws = (ulong)((n + 1) / 2);
        ref var x = ref MemoryMarshal.GetReference(values);
        var b = from;
        for (; b + 4 <= to; b += 4)
        {
            var g0 = SplitMix64.Skipped(seed, (ulong)b * draws);
            var g1 = SplitMix64.Skipped(seed, (ulong)(b + 1) * draws);
            var g2 = SplitMix64.Skipped(seed, (ulong)(b + 2) * draws);
            var g3 = SplitMix64.Skipped(seed, (ulong)(b + 3) * draws);
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var (a0, c0) = g0.NextIndexPair(n);
                var (a1, c1) = g1.NextIndexPair(n);
                var (a2, c2) = g2.NextIndexPair(n);
                var (a3, c3) = g3.NextIndexPair(n);
                s0 += Unsafe.Add(ref x, a0) + Unsafe.Add(ref x, c0);
                s1 += Unsafe.Add(ref x, a1) + Unsafe.Add(ref x, c1);
                s2 += Unsafe.Add(ref x, a2) + Unsafe.Add(ref x, c2);
                s3 += Unsafe.Add(ref x, a3) + Unsafe.Add(ref x, c3);
            }

            if (i < n)
            {
                s0 += values[g0.NextIndex(n)];
                s1 += values[g1.NextIndex(n)];
                s2 += values[g2.NextIndex(n)];
                s3 += values[g3.NextIndex(n)];
            }

            (means[b], means[b + 1], means[b + 2], means[b + 3]) = (s0 / n, s1 / n, s2 / n, s3 / n);
        }

        var rng = SplitMix64.Skipped(seed, (ulong)b * draws);
        for (; b < to; b++)
        {
            var sum = 0.0;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var (a, c) = rng.NextIndexPair(n);
                sum += Unsafe.Add(ref x, a) + Unsafe.Add(ref x, c);
            }

            if (i < n)
            {
                sum += values[rng.NextIndex(n)];
            }

            means[b] = sum / n;
        }
    }
}
