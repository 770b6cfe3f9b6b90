namespace ImpactAnalytics.Reporting.Model.Charts;

/// <summary>The productivity premium of one cluster with its 95 % interval.</summary>
/// <param name="Cluster">The cluster's display name.</param>
/// <param name="Estimate">The premium as a share (0.12 = 12 % above the sector benchmark).</param>
/// <param name="Low">Lower end of the 95 % interval, as a share.</param>
/// <param name="High">Upper end of the 95 % interval, as a share.</param>
/// <param name="N">Members behind the estimate.</param>
/// <param name="Headline">An optional second premium without an interval (the composition-adjusted premium), drawn
/// as a diamond; when given, the value label shows it instead of <paramref name="Estimate"/>.</param>
public sealed record PremiumPoint(string Cluster, double Estimate, double Low, double High, long N, double? Headline = null);
