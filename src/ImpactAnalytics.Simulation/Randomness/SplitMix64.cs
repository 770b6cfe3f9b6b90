namespace ImpactAnalytics.Simulation.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014): a 64-bit mixer used to turn (seed, firm index) and other keys into
/// well-spread seeds for <see cref="Xoshiro256"/>, as the xoshiro authors recommend.
/// </summary>
internal static class SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Golden2 = unchecked(2 * Golden);
    private const ulong Golden3 = unchecked(3 * Golden);

    /// <summary>The finaliser of SplitMix64: a bijective mix of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Advances a SplitMix64 state and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Golden;
        return Mix(state);
    }

    /// <summary>A seed that depends on every key and on their order.</summary>
    public static ulong Combine(long seed, long key1, long key2 = 0)
    {
        var h = Mix(unchecked((ulong)seed + Golden));
        h = Mix(h ^ unchecked((ulong)key1 + Golden2));
        return Mix(h ^ unchecked((ulong)key2 + Golden3));
    }
}
