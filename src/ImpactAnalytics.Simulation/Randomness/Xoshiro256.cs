namespace ImpactAnalytics.Simulation.Randomness;

/// <summary>
/// xoshiro256** 1.0 (Blackman &amp; Vigna 2018): a small, fast generator with a 256-bit state, seeded through
/// <see cref="SplitMix64"/>. Each firm gets its own instance seeded from (seed, firm index), so a firm's figures
/// do not depend on which other firms are generated or in what order. Mutable struct: pass by <c>ref</c>.
/// </summary>
internal struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four state words from a SplitMix64 stream started at <paramref name="seed"/>.</summary>
    public Xoshiro256(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on (0, 1): safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Uniform integer in [0, <paramref name="n"/>), by multiply-shift (bias below 2^-32 for small n).</summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>
    /// Standard normal by the Box–Muller transform, using exactly two uniforms per call (no cached second value),
    /// so the number of draws a firm consumes never depends on earlier results.
    /// </summary>
    public double NextNormal()
    {
        var u1 = NextOpenDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Exponential with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(NextOpenDouble());
}
