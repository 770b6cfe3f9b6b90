namespace ImpactAnalytics.Core.Settings;

/// <summary>How extreme LP values inside a benchmark cell are treated before mean and quantiles.</summary>
public enum OutlierMethod
{
    /// <summary>Clamp to the cell's low and high quantiles. Default (p1/p99).</summary>
    Winsorize = 0,

    /// <summary>Drop values outside the cell's low and high quantiles.</summary>
    Trim = 1,

    /// <summary>Use values as they are.</summary>
    None = 2,
}
