namespace ImpactAnalytics.Core.Measures;

/// <summary>
/// The columns <see cref="FirmMeasures"/> keeps per firm-year (26 bytes): what later stages read in bulk. Every other
/// measure is derived on demand from the panel (<see cref="MeasureRules"/>).
/// </summary>
internal sealed class MeasureColumns
{
    public MeasureColumns(int rows)
    {
        Flags = new MeasureSet[rows];
        Va = new double[rows];
        Fte = new double[rows];
        Lp = new double[rows];
    }

    public MeasureSet[] Flags { get; }

    public double[] Va { get; }

    public double[] Fte { get; }

    public double[] Lp { get; }
}
