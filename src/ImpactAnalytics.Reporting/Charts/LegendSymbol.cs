namespace ImpactAnalytics.Reporting.Charts;

/// <summary>How a legend entry shows its series.</summary>
internal enum LegendSymbol
{
    Line,
    DashedLine,
    Box,
    FilledCircle,
    OpenCircle,
    LineWithCircle,
    FilledDiamond,
}
