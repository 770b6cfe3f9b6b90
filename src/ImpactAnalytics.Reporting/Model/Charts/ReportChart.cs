namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>
/// What a chart says: its title, unit, the number of firms behind it and its source line. The subclasses carry the
/// data, as plain records; the chart painter decides how it is drawn.
/// </summary>
public abstract record ReportChart
{
    /// <summary>The title in the report language.</summary>
    public required string Title { get; init; }

    /// <summary>The unit of the values, e.g. "% boven de sectorbenchmark".</summary>
    public required string Unit { get; init; }

    /// <summary>The number of firms behind the chart.</summary>
    public required long FirmCount { get; init; }

    /// <summary>
    /// Replaces the "N = … ondernemingen" line when the N differs per point, e.g. "N = 38 tot 45 blijvende leden per
    /// jaar"; <c>null</c> writes <see cref="FirmCount"/>.
    /// </summary>
    public string? FirmCountText { get; init; }

    /// <summary>The source line; <c>null</c> gives the default source line of the report language.</summary>
    public string? Source { get; init; }

    /// <summary>A short stable file name without extension, e.g. "premium_catalisti".</summary>
    public required string FileName { get; init; }
}
