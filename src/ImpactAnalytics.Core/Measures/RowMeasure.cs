namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// The level measures of one firm-year as <see cref="MeasureCalculator"/> derives them from the panel: the bulk pass
/// keeps only the flags, VA, FTE and LP of each row; <see cref="FirmMeasures.Row"/> derives the rest again, with the
/// same arithmetic, so a materialised row equals what a pass storing every column would have held.
/// </summary>
internal struct RowMeasure
{
    public MeasureSet Flags;
    public byte VaFormula;
    public uint VaCodes;
    public sbyte FteSource;
    public double Va;
    public double Fte;
    public double Lp;
    public double WageCostPerFte;
    public double WageShare;
    public double CapitalIntensity;
}
