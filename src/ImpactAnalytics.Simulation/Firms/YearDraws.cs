using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>The random numbers one firm-year consumes: always the same count, so later years never shift.</summary>
internal readonly record struct YearDraws(
    double Productivity,
    double Size,
    double ValueAddedShare,
    double Wage,
    double Capital,
    double CurrentAssets,
    double Depreciation,
    double Financial,
    double StockChance,
    double Stock,
    double OwnWorkChance,
    double OwnWork,
    double OtherIncomeChance,
    double OtherIncome,
    double SubsidyChance,
    double Subsidy,
    double NonRecurringChance,
    double NonRecurring)
{
    public static YearDraws Draw(ref Xoshiro256 rng) => new(
        rng.NextNormal(), rng.NextNormal(), rng.NextNormal(), rng.NextNormal(), rng.NextNormal(), rng.NextNormal(),
        rng.NextNormal(), rng.NextNormal(),
        rng.NextDouble(), rng.NextNormal(), rng.NextDouble(), rng.NextDouble(), rng.NextDouble(), rng.NextNormal(),
        rng.NextDouble(), rng.NextDouble(), rng.NextDouble(), rng.NextNormal());
}
