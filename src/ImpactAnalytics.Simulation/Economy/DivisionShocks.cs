using ImpactAnalytics.Simulation.Randomness;

namespace ImpactAnalytics.Simulation.Economy;

/// <summary>
/// The time-varying part of productivity and employment, common to every firm of a NACE division in a year:
/// nominal trend growth, the 2020 COVID-19 dip, the 2022–2023 inflation surge, and a seeded random walk per
/// division. Because it is shared within a division, members and never-members of the same division follow
/// parallel trends, which is what difference-in-differences with a division-matched comparison pool needs.
/// </summary>
internal sealed class DivisionShocks
{
    private const int BaseYear = 2014;
    private readonly int _firstYear;
    private readonly int _years;
    private readonly double[] _lnLp;
    private readonly double[] _lnFte;

    public DivisionShocks(long seed, int firstYear, int lastYear)
    {
        _firstYear = firstYear;
        _years = lastYear - firstYear + 1;
        _lnLp = new double[100 * _years];
        _lnFte = new double[100 * _years];
        for (var division = 0; division < 100; division++)
        {
            var rng = new Xoshiro256(SplitMix64.Combine(seed, -1 - division, 0x5D1));
            double walkLp = 0, walkFte = 0;
            for (var t = 0; t < _years; t++)
            {
                var year = firstYear + t;
                if (t > 0)
                {
                    walkLp += 0.025 * rng.NextNormal();
                    walkFte += 0.015 * rng.NextNormal();
                }
                else
                {
                    rng.NextNormal();
                    rng.NextNormal();
                }

                var hit = CovidHit(division);
                var covid = year == 2020 ? -hit : year == 2021 ? -0.3 * hit : 0.0;
                var inflation = year == 2022 ? 0.03 : year >= 2023 ? 0.06 : 0.0;
                _lnLp[(division * _years) + t] = (0.022 * (year - BaseYear)) + covid + inflation + walkLp;
                _lnFte[(division * _years) + t] = (0.3 * covid) + walkFte;
            }
        }
    }

    /// <summary>Shift of ln LP for a division (1–99) and a year of the window.</summary>
    public double LnProductivity(int division, int year) => _lnLp[(division * _years) + year - _firstYear];

    /// <summary>Shift of ln FTE for a division (1–99) and a year of the window.</summary>
    public double LnFte(int division, int year) => _lnFte[(division * _years) + year - _firstYear];

    private static double CovidHit(int division) => division switch
    {
        55 or 56 => 0.30,
        96 => 0.20,
        49 or 77 => 0.08,
        _ => 0.04,
    };
}
