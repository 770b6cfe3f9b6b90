namespace ImpactAnalytics.Core.Measures;

/// <summary>The mutable columns <see cref="MeasureCalculator"/> fills before freezing them into <see cref="FirmMeasures"/>.</summary>
internal sealed class MeasureColumns
{
    public MeasureColumns(int rows)
    {
        Flags = new MeasureSet[rows];
        VaFormula = new byte[rows];
        VaCodes = new uint[rows];
        FteSource = new sbyte[rows];
        Va = new double[rows];
        Fte = new double[rows];
        Lp = new double[rows];
        WageCostPerFte = new double[rows];
        WageShare = new double[rows];
        CapitalIntensity = new double[rows];
        VaGrowth = new double[rows];
        FteGrowth = new double[rows];
        LpGrowth = new double[rows];
    }

    public MeasureSet[] Flags { get; }

    public byte[] VaFormula { get; }

    public uint[] VaCodes { get; }

    public sbyte[] FteSource { get; }

    public double[] Va { get; }

    public double[] Fte { get; }

    public double[] Lp { get; }

    public double[] WageCostPerFte { get; }

    public double[] WageShare { get; }

    public double[] CapitalIntensity { get; }

    public double[] VaGrowth { get; }

    public double[] FteGrowth { get; }

    public double[] LpGrowth { get; }
}
