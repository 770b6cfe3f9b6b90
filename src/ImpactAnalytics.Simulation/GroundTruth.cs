namespace ImpactAnalytics.Simulation;

/// <summary>
/// What the generator planted, for estimators to recover: the causal effect of membership, and how many firms and
/// firm-years it touched. Written as truth.json beside the data; deterministic (no timestamps).
/// </summary>
/// <param name="Generator">The generator's name.</param>
/// <param name="GeneratorVersion">Version of the generating model; a change of output bumps it.</param>
/// <param name="Settings">The settings that produced the population (seed, firms, years, effect, knobs).</param>
/// <param name="TreatedFirms">Firms whose first membership spell starts in or before the last year.</param>
/// <param name="TreatedFirmYears">Firm-years with accounts to which the effect applied.</param>
/// <param name="FirmYears">All firm-years with accounts.</param>
/// <param name="Cohorts">Treated firms per first year of membership (the cohort g of staggered DiD), ascending.</param>
public sealed record GroundTruth(
    string Generator,
    string GeneratorVersion,
    PopulationSettings Settings,
    int TreatedFirms,
    long TreatedFirmYears,
    long FirmYears,
    IReadOnlyList<KeyValuePair<int, int>> Cohorts)
{
    /// <summary>The planted effect on value added and labour productivity, multiplicative: 0.03 = +3 %.</summary>
    public double Effect => Settings.Effect;

    /// <summary>The same effect in logs, ln(1 + effect): the ATT on ln VA and ln LP that DiD should recover.</summary>
    public double LogEffect => Math.Log(1 + Settings.Effect);

    /// <summary>The seed.</summary>
    public long Seed => Settings.Seed;
}
