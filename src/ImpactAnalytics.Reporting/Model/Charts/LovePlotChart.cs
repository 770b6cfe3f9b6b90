namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>Chart (f): a love plot, the SMD of each covariate before and after matching.</summary>
public sealed record LovePlotChart : ReportChart
{
    /// <summary>One row per covariate, drawn top to bottom in this order.</summary>
    public required IReadOnlyList<BalanceRow> Rows { get; init; }

    /// <summary>The balance threshold drawn as dotted lines at ±threshold; 0.1 by default.</summary>
    public double Threshold { get; init; } = 0.1;
}
