namespace ImpactAnalytics.Core.Measures;

/// <summary>Growth rates (METHODS §3): year-on-year log change and compound annual growth over a window.</summary>
public static class Growth
{
    /// <summary>ln(current / previous); <c>null</c> unless both are strictly positive.</summary>
    public static double? LogChange(double previous, double current) =>
        previous > 0 && current > 0 ? Math.Log(current / previous) : null;

    /// <summary>
    /// Compound annual growth rate (first → last over <paramref name="years"/> years): (last / first)^(1/years) − 1,
    /// a fraction per year; <c>null</c> unless both values are strictly positive and years ≥ 1.
    /// </summary>
    public static double? CompoundAnnual(double first, double last, int years) =>
        first > 0 && last > 0 && years >= 1 ? Math.Pow(last / first, 1.0 / years) - 1.0 : null;
}
