namespace ImpactAnalytics.Core.Measures;

/// <summary>Which measures a firm-year has (a measure without its flag is absent, not zero).</summary>
[Flags]
public enum MeasureSet : ushort
{
    /// <summary>Nothing could be computed.</summary>
    None = 0,

    /// <summary>Value added is known.</summary>
    Va = 1,

    /// <summary>FTE is known (from the source code in <see cref="FirmYearMeasure.FteSource"/>).</summary>
    Fte = 2,

    /// <summary>Labour productivity is valid: VA known and FTE ≥ min_fte.</summary>
    Lp = 4,

    /// <summary>Wage cost per FTE (62 / FTE, FTE ≥ min_fte).</summary>
    WageCostPerFte = 8,

    /// <summary>Wage share (62 / VA, VA &gt; 0).</summary>
    WageShare = 16,

    /// <summary>Capital intensity ((22/27) / FTE, FTE ≥ min_fte).</summary>
    CapitalIntensity = 32,

    /// <summary>Log change of VA against the firm's previous year (both VA &gt; 0).</summary>
    VaGrowth = 64,

    /// <summary>Log change of FTE against the firm's previous year (both FTE &gt; 0).</summary>
    FteGrowth = 128,

    /// <summary>Log change of LP against the firm's previous year (both LP &gt; 0).</summary>
    LpGrowth = 256,

    /// <summary>VA (and so LP) is in real terms: divided by the division's deflator index / 100.</summary>
    Deflated = 512,
}
