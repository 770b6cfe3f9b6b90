using System.Globalization;
using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>Enterprise numbers and names for synthetic firms: unique, valid, and plainly not real.</summary>
internal static class FirmIdentity
{
    // Bodies 3,000,000..17,999,999 give numbers 0300000000..1799999999. The multiplier is coprime with the range,
    // so index → body is a bijection: no two firms of one population share a number, up to MaxFirms firms.
    private const long BodyBase = 3_000_000;
    private const long BodyRange = PopulationSettings.MaxFirms;
    private const long Multiplier = 7_368_787;

    private static readonly string[] Places =
    [
        "Kempense", "Scheldse", "Leiestreek", "Maaslandse", "Pajottense", "Waaslandse", "Westhoekse", "Hagelandse",
        "Meetjeslandse", "Denderse", "Haspengouwse", "Vlaamse",
    ];

    /// <summary>The enterprise number of firm <paramref name="index"/> in a population with this seed.</summary>
    public static EnterpriseNumber Number(long seed, int index)
    {
        var offset = (long)(SplitMix64.Combine(seed, 0x1D, 0x1D) % BodyRange);
        var body = BodyBase + ((((long)index * Multiplier) + offset) % BodyRange);
        return EnterpriseNumber.FromBody(body);
    }

    /// <summary>A name such as <c>SYNTH Kempense Chemie 000123 BV</c>: no commas or quotes, so CSV needs no quoting.</summary>
    public static string Name(int index, string sectorKey, int placeDraw, bool large) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"SYNTH {Places[placeDraw % Places.Length]} {sectorKey} {index + 1:000000} {(large ? "NV" : "BV")}");

    /// <summary>How many place words there are to draw from.</summary>
    public static int PlaceCount => Places.Length;
}
