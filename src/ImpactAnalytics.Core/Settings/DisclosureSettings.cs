namespace ImpactAnalytics.Core.Settings;

/// <summary>Statistical disclosure control of published cells (METHODS §6).</summary>
public sealed record DisclosureSettings
{
    /// <summary>A cell with fewer firms is suppressed. Default 10.</summary>
    public int MinFirms { get; init; } = 10;

    /// <summary>A cell whose two largest firms hold more than this share of its VA is suppressed. Default 0.85.</summary>
    public double Dominance { get; init; } = 0.85;
}
