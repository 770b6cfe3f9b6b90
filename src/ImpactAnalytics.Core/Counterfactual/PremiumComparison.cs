namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The descriptive premium of the DiD's treated firms, to set beside the impact estimate: the mean over those firms of
/// their average log_ratio = ln(LP / sector benchmark) in their member years from the joining year g on (METHODS §5).
/// In log points like the DiD's ln LP effect; it measures how much more productive members are than their sector,
/// selection included, so it is not an impact estimate.
/// </summary>
/// <param name="Firms">Treated firms with at least one member year with a log_ratio.</param>
/// <param name="FirmYears">Their member firm-years with a log_ratio (a firm in two clusters counted once per year).</param>
/// <param name="MeanLogRatio">Mean over firms of the firm's mean log_ratio; null without firms.</param>
/// <param name="Se">Standard deviation of the firm means over √firms; null with fewer than two firms.</param>
/// <param name="CiLow">Lower end of the 95 % interval: seeded firm bootstrap, or ± 1.96·se when the bootstrap is off.</param>
/// <param name="CiHigh">Upper end of that interval.</param>
public sealed record PremiumComparison(int Firms, int FirmYears, double? MeanLogRatio, double? Se, double? CiLow, double? CiHigh)
{
    /// <summary>Whether the interval exists and contains <paramref name="value"/>.</summary>
    public bool Covers(double value) => CiLow <= value && value <= CiHigh;
}
