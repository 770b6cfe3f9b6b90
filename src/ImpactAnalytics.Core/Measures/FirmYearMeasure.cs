using ImpactAnalytics.Core.Disclosure;
using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// The measures of one firm-year (METHODS §3), materialised from <see cref="FirmMeasures"/> for the edges
/// (confidential outputs, tests). Monetary values in euros per year; absent measures are <c>null</c>.
/// </summary>
/// <param name="EnterpriseNumber">The firm.</param>
/// <param name="Year">Financial year.</param>
/// <param name="VaFormula">Formula id (<c>va.gross-margin</c> or <c>va.given</c>); <c>null</c> when VA is absent.</param>
/// <param name="VaCodes">The rubric codes that produced VA with their signs, e.g. <c>70+71+74-60-61</c> or
/// <c>9900-76A-740</c>; empty when VA is absent.</param>
/// <param name="Va">Value added (real terms when <paramref name="Deflated"/>).</param>
/// <param name="FteSource">The rubric FTE was taken from (1003 or 9087); <c>null</c> when no source reports it.</param>
/// <param name="Fte">Full-time equivalents.</param>
/// <param name="Lp">Labour productivity VA / FTE, euros per FTE; only where FTE ≥ min_fte.</param>
/// <param name="WageCostPerFte">62 / FTE, euros per FTE.</param>
/// <param name="WageShare">62 / VA, a fraction; only where VA &gt; 0.</param>
/// <param name="CapitalIntensity">(22/27) / FTE, euros per FTE.</param>
/// <param name="VaGrowth">ln(VA_t / VA_t−1).</param>
/// <param name="FteGrowth">ln(FTE_t / FTE_t−1).</param>
/// <param name="LpGrowth">ln(LP_t / LP_t−1).</param>
/// <param name="Deflated">Whether VA and LP are deflated.</param>
[Confidential]
public sealed record FirmYearMeasure(
    EnterpriseNumber EnterpriseNumber,
    int Year,
    string? VaFormula,
    string VaCodes,
    double? Va,
    Rubric? FteSource,
    double? Fte,
    double? Lp,
    double? WageCostPerFte,
    double? WageShare,
    double? CapitalIntensity,
    double? VaGrowth,
    double? FteGrowth,
    double? LpGrowth,
    bool Deflated);
