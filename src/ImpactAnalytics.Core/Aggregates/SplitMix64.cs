namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014), the seeding generator of the xoshiro family: a documented, tiny PRNG
/// whose stream depends only on the seed, not on the .NET version (unlike <see cref="Random"/>'s unseeded
/// algorithm). Used for the bootstrap.
/// </summary>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The generator <paramref name="draws"/> draws after seeding with <paramref name="seed"/>: its state is a
    /// counter, so skipping ahead is one multiplication.</summary>
    public static SplitMix64 Skipped(ulong seed, ulong draws) => new(unchecked(seed + (draws * Gamma)));

    public ulong Next()
    {
        var z = _state += Gamma;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform index in [0, n) by the multiply-high method (bias below n / 2^64).</summary>
    public int NextIndex(int n) => (int)Math.BigMul(Next(), (ulong)n, out _);

    /// <summary>
    /// Two uniform indices in [0, n) from one draw, each from 32 bits by multiply-high (bias below n / 2^32, under
    /// 2e-5 for clusters of 100,000 members): halves the cost of the bootstrap's inner loop.
    /// </summary>
    public (int First, int Second) NextIndexPair(int n)
    {
        var x = Next();
        return ((int)(((x & 0xFFFFFFFFUL) * (ulong)n) >> 32), (int)(((x >> 32) * (ulong)n) >> 32));
    }

    /// <summary>Mixes a run seed with a cell's identity so every cell draws its own reproducible stream.</summary>
    public static ulong CellSeed(int seed, string key, int year)
    {
        // FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.
        var h = 14695981039346656037UL;
        foreach (var ch in key)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        var mixer = new SplitMix64(h ^ ((ulong)(uint)seed << 32) ^ (uint)year);
        return mixer.Next();
    }
}
