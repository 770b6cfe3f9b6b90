using ImpactAnalytics.Simulation.Economy;
using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>
/// A firm's cluster membership: whether it ever joins, when, for how long, and whether it re-joins. Selection acts
/// on persistent traits only (size, age, the persistent productivity effect), never on transitory shocks, so that
/// members and never-members of a division share trends and difference-in-differences can recover the planted
/// effect. Spells are in absolute years; the last year of the window cuts them off as still running.
/// </summary>
/// <param name="Cluster">The cluster, or <c>null</c> for a never-member.</param>
/// <param name="Spells">At most two (start, end) spells; end <c>null</c> while running at the window's end.</param>
internal sealed record MembershipDraw(string? Cluster, IReadOnlyList<(int Start, int? End)> Spells)
{
    private static readonly MembershipDraw None = new(null, []);

    /// <summary>First year of the first spell: the treatment cohort.</summary>
    public int? TreatedFrom => Spells.Count > 0 ? Spells[0].Start : null;

    /// <summary>Draws membership with a fixed number of draws, whatever the outcome.</summary>
    public static MembershipDraw Draw(ref Xoshiro256 rng, FirmProfile firm, PopulationSettings settings)
    {
        var clusterDraw = rng.NextDouble();
        var propensityDraw = rng.NextDouble();
        var foundingDraw = rng.NextDouble();
        var laterDraw = rng.NextExponential(2.5);
        var spellDraw = rng.NextOpenDouble();
        var rejoinDraw = rng.NextDouble();
        var gapDraw = rng.NextInt(3);
        var secondSpellDraw = rng.NextOpenDouble();

        var clusters = firm.Sector.Clusters;
        if (clusters.Length == 0)
        {
            return None;
        }

        // Firms eligible for two clusters lean to the first listed.
        var cluster = clusters.Length == 1 || clusterDraw < 0.6 ? clusters[0] : clusters[1];
        var start = ClusterNames.StartYear(cluster);
        var ageZ = (Math.Log(1 + Math.Max(0, start - firm.Founded)) - 2.7) / 0.8;
        var logOdds = settings.MembershipPropensity + ClusterNames.PropensityShift(cluster)
            + (settings.SelectionOnSize * firm.SizeZ)
            + (settings.SelectionOnProductivity * firm.ProductivityZ)
            + (settings.SelectionOnAge * ageZ);
        if (propensityDraw >= 1 / (1 + Math.Exp(-logOdds)))
        {
            return None;
        }

        // 55 % are founding members; the rest join later, a few years on average. A firm joins at the earliest the
        // year after its founding, so every member has a pre-treatment year.
        var drawn = foundingDraw < 0.55 ? start : start + 1 + (int)Math.Min(laterDraw, 30);
        var join = Math.Max(drawn, firm.Founded + 1);
        var alive = Math.Min(firm.LastAlive, settings.LastYear);
        if (join > alive)
        {
            return None;
        }

        var end1 = Math.Min(join + 1 + Geometric(spellDraw, settings.SpellExitRate), firm.LastAlive);
        var spells = new List<(int, int?)>(2) { (join, Cut(end1, settings.LastYear)) };
        if (end1 < firm.LastAlive && rejoinDraw < settings.RejoinProbability)
        {
            var start2 = end1 + 2 + gapDraw;
            if (start2 <= alive)
            {
                var end2 = Math.Min(start2 + 1 + Geometric(secondSpellDraw, settings.SpellExitRate), firm.LastAlive);
                spells.Add((start2, Cut(end2, settings.LastYear)));
            }
        }

        return new MembershipDraw(cluster, spells);
    }

    /// <summary>Number of extra years before an event with yearly probability p, from one uniform in (0, 1).</summary>
    private static int Geometric(double u, double p) =>
        p <= 0 ? 1000 : p >= 1 ? 0 : (int)Math.Min(1000, Math.Log(u) / Math.Log(1 - p));

    private static int? Cut(int end, int lastYear) => end > lastYear ? null : end;
}
