using System.Globalization;

namespace ImpactAnalytics.Simulation;

/// <summary>
/// What to generate: how many firms, which years, the seed, the planted effect, and the realism knobs (all with
/// defaults that give the embedded sample). The same settings always give the same population, to the byte.
/// </summary>
/// <param name="Firms">Number of firms in the register (incumbents and entrants together), 1 to <see cref="MaxFirms"/>.</param>
/// <param name="FirstYear">First financial year with accounts.</param>
/// <param name="LastYear">Last financial year with accounts (inclusive, ≥ <paramref name="FirstYear"/>).</param>
/// <param name="Seed">Seed of every random stream; each firm's stream derives from (seed, firm index).</param>
/// <param name="Effect">
/// The planted causal effect of membership: value added (and so labour productivity; FTE is unaffected) is
/// multiplied by 1 + Effect in every year from the first year of a firm's first membership spell on, also after
/// it leaves (an absorbing treatment, as staggered difference-in-differences assumes). 0.03 means +3 %.
/// </param>
public sealed record PopulationSettings(int Firms, int FirstYear, int LastYear, long Seed, double Effect = 0.03)
{
    /// <summary>Largest population the enterprise-number scheme can hold without collisions.</summary>
    public const int MaxFirms = 15_000_000;

    /// <summary>Earliest and latest year accepted.</summary>
    public const int MinYear = 1990;

    /// <inheritdoc cref="MinYear"/>
    public const int MaxYear = 2100;

    /// <summary>Largest |effect|: beyond it the synthetic accounts could no longer keep purchases positive.</summary>
    public const double MaxEffect = 0.5;

    /// <summary>Share of firms founded during the window (after the first year); the rest are incumbents.</summary>
    public double EntrantShare { get; init; } = 0.25;

    /// <summary>Base yearly probability that a firm stops filing (exit); higher for small and young firms.</summary>
    public double ExitHazard { get; init; } = 0.03;

    /// <summary>AR(1) coefficient of the transitory deviation of ln LP (0 ≤ ρ &lt; 1).</summary>
    public double Persistence { get; init; } = 0.8;

    /// <summary>Standard deviation of the yearly innovation of the transitory ln LP deviation.</summary>
    public double TransitorySd { get; init; } = 0.08;

    /// <summary>Base log-odds of ever joining, for a firm of median size, productivity and age.</summary>
    public double MembershipPropensity { get; init; } = -0.4;

    /// <summary>Log-odds per standard deviation of persistent firm size (ln FTE) within the sector.</summary>
    public double SelectionOnSize { get; init; } = 0.9;

    /// <summary>Log-odds per standard deviation of the persistent firm productivity effect within the sector.</summary>
    public double SelectionOnProductivity { get; init; } = 1.0;

    /// <summary>Log-odds per standard deviation of ln(1 + age) at the cluster's start.</summary>
    public double SelectionOnAge { get; init; } = 0.4;

    /// <summary>Yearly probability that a membership spell ends (after its first two years).</summary>
    public double SpellExitRate { get; init; } = 0.07;

    /// <summary>Probability that a firm that left re-joins the same cluster later (a second spell).</summary>
    public double RejoinProbability { get; init; } = 0.4;

    /// <summary>The financial years of the window, ascending.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    /// <summary>The first problem with these settings, or <c>null</c> when they are usable.</summary>
    public string? Validate()
    {
        if (Firms is < 1 or > MaxFirms)
        {
            return Invariant($"the number of firms must be between 1 and {MaxFirms:N0}, found {Firms}");
        }

        if (FirstYear is < MinYear or > MaxYear || LastYear is < MinYear or > MaxYear)
        {
            return Invariant($"years must lie between {MinYear} and {MaxYear}, found {FirstYear}-{LastYear}");
        }

        if (LastYear < FirstYear)
        {
            return Invariant($"the last year {LastYear} is before the first year {FirstYear}");
        }

        if (!double.IsFinite(Effect) || Math.Abs(Effect) > MaxEffect)
        {
            return Invariant($"the effect must be between -{MaxEffect} and {MaxEffect} (0.03 = +3 %), found {Effect}");
        }

        if (!IsShare(EntrantShare) || !IsShare(ExitHazard) || !IsShare(SpellExitRate) || !IsShare(RejoinProbability))
        {
            return "entrant share, exit hazard, spell exit rate and re-join probability must be between 0 and 1";
        }

        if (Persistence is < 0 or >= 1 || TransitorySd is < 0 or > 1)
        {
            return "persistence must be in [0, 1) and the transitory standard deviation in [0, 1]";
        }

        return double.IsFinite(MembershipPropensity + SelectionOnSize + SelectionOnProductivity + SelectionOnAge)
            ? null
            : "membership propensity and selection strengths must be finite";
    }

    private static bool IsShare(double p) => p is >= 0 and <= 1;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
