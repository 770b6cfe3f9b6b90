using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The high/low bits of Mammen's weights, Vᵢ(b) high ⇔ bit i mod 8 of byte (i / 8) · B + b, for the first
/// <see cref="Units"/> units of every replicate b of a seed. A unit's weight depends only on (seed, b, i), not on n
/// or on which outcome is estimated, so several estimations with the same bootstrap settings (the outcomes of one
/// study) draw them once and share them; a panel with fewer units reads the first groups. Bits of units past a
/// panel's n are ignored by the draws (their ψ is 0 and they are in no cohort).
/// </summary>
internal sealed class MultiplierBits
{
    private const int Block = 8;
    private const ulong Increment = 0x9E3779B97F4A7C15UL;
    private const int Lanes = 4;

    private MultiplierBits(BootstrapSettings settings, int units, byte[] bits)
    {
        Seed = settings.Seed;
        Replicates = settings.Replicates;
        Units = units;
        Bits = bits;
    }

    public int Seed { get; }

    public int Replicates { get; }

    public int Units { get; }

    /// <summary>Group-major: the byte of group g (units 8g … 8g + 7) and replicate b at g · B + b.</summary>
    public byte[] Bits { get; }

    /// <summary>Whether these bits serve a panel of <paramref name="units"/> units drawn with <paramref name="settings"/>.</summary>
    public bool Covers(BootstrapSettings settings, int units) =>
        settings.Seed == Seed && settings.Replicates == Replicates && units <= Units;

    /// <summary>Draws the bits of <paramref name="units"/> units (threads split the replicates).</summary>
    public static MultiplierBits Draw(BootstrapSettings settings, int units)
    {
        var replicates = settings.Replicates;
        var groups = (units + Block - 1) / Block;
        var bits = new byte[groups * replicates];
        FillAll(bits, settings.Seed, 0, groups, replicates, units);
        return new MultiplierBits(settings, units, bits);
    }

    /// <summary>
    /// Every replicate's bits of groups first … first + count − 1, as <see cref="Fill"/> (threads split the
    /// replicates, four at a time: <see cref="FillFour"/>).
    /// </summary>
    public static void FillAll(byte[] bits, int seed, int first, int count, int replicates, int n) =>
        Parallel.For(0, (replicates + Lanes - 1) / Lanes, q =>
        {
            var b = q * Lanes;
            if (b + Lanes <= replicates)
            {
                FillFour(bits, seed, b, first, count, replicates, n);
                return;
            }

            for (; b < replicates; b++)
            {
                Fill(bits, seed, b, first, count, replicates, n);
            }
        });

    /// <summary>
    /// <see cref="Fill"/> for replicates b … b + 3 at once, one replicate per lane of a vector: the same SplitMix64
    /// outputs (64-bit wrapping arithmetic lane by lane), so the same bits, and each group's four bytes written side
    /// by side.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FillFour(byte[] bits, int seed, int b, int first, int count, int replicates, int n)
    {
        var start = first * Block;
        var end = Math.Min(n, (first + count) * Block);
        var skip = (ulong)start * Increment;
        var state = Vector256.Create(
            MultiplierBootstrap.SeedState(seed, b) + skip,
            MultiplierBootstrap.SeedState(seed, b + 1) + skip,
            MultiplierBootstrap.SeedState(seed, b + 2) + skip,
            MultiplierBootstrap.SeedState(seed, b + 3) + skip);
        var increment = Vector256.Create(Increment);
        for (var g = 0; g < count; g++)
        {
            var unit = start + (g * Block);
            var last = Math.Min(end, unit + Block);
            var mask = Vector256<ulong>.Zero;
            for (var u = unit; u < last; u++)
            {
                state += increment;
                mask |= MultiplierBootstrap.High(state) << (u - unit);
            }

            var at = (g * replicates) + b;
            bits[at] = (byte)mask.GetElement(0);
            bits[at + 1] = (byte)mask.GetElement(1);
            bits[at + 2] = (byte)mask.GetElement(2);
            bits[at + 3] = (byte)mask.GetElement(3);
        }
    }

    /// <summary>
    /// Replicate b's bits of groups first … first + count − 1 (units below n only), as
    /// bits[(group − first) · replicates + b]: unit i's SplitMix64 state is the replicate's seed state plus (i + 1)
    /// increments (<see cref="MultiplierBootstrap.SeedState"/>, <see cref="MultiplierBootstrap.High(ulong)"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fill(byte[] bits, int seed, int b, int first, int count, int replicates, int n)
    {
        var start = first * Block;
        var end = Math.Min(n, (first + count) * Block);
        var state = MultiplierBootstrap.SeedState(seed, b) + ((ulong)start * Increment);
        for (var g = 0; g < count; g++)
        {
            var unit = start + (g * Block);
            var last = Math.Min(end, unit + Block);
            var mask = 0;
            for (var u = unit; u < last; u++)
            {
                state += Increment;
                mask |= MultiplierBootstrap.High(state) << (u - unit);
            }

            bits[(g * replicates) + b] = (byte)mask;
        }
    }
}
