using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation;

/// <summary>
/// One synthetic firm: its register entry, its filings, its membership spells, and the hidden truth behind them.
/// A pure function of (settings, <see cref="Index"/>).
/// </summary>
/// <param name="Index">Position in the population, 0-based; the firm's random stream derives from (seed, index).</param>
/// <param name="Id">Enterprise number (valid mod-97 check digits), unique within the population.</param>
/// <param name="Name">An obviously synthetic name (starts with <c>SYNTH</c>).</param>
/// <param name="Nace">Main activity: a NACE-BEL 2008 subclass.</param>
/// <param name="Region">Flemish province.</param>
/// <param name="Founded">Founding year; entrants file from their founding year on.</param>
/// <param name="Years">Filings, ascending by year, from entry (or the first year) to exit (or the last year).</param>
/// <param name="Memberships">Membership spells (at most two, same cluster), as written to memberships.csv.</param>
/// <param name="ProductivityEffect">The persistent firm effect in ln LP (the component selection acts on).</param>
/// <param name="TreatedFrom">First year of the first spell (the treatment cohort), or <c>null</c> for never-members.</param>
public sealed record SyntheticFirm(
    int Index,
    EnterpriseNumber Id,
    string Name,
    NaceCode Nace,
    string Region,
    int Founded,
    IReadOnlyList<SyntheticFirmYear> Years,
    IReadOnlyList<MembershipSpell> Memberships,
    double ProductivityEffect,
    int? TreatedFrom);
