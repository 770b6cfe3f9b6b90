namespace ImpactAnalytics.Core.Settings;

/// <summary>An outlier treatment with its quantile bounds, each in [0, 1] with Low &lt; High.</summary>
/// <param name="Method">Winsorize (default), trim or none.</param>
/// <param name="Low">Lower quantile, default 0.01.</param>
/// <param name="High">Upper quantile, default 0.99.</param>
public sealed record OutlierRule(OutlierMethod Method = OutlierMethod.Winsorize, double Low = 0.01, double High = 0.99);
