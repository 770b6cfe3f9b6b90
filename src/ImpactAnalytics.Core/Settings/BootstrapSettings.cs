namespace ImpactAnalytics.Core.Settings;

/// <summary>The seeded bootstrap behind intervals (METHODS §5).</summary>
public sealed record BootstrapSettings
{
    /// <summary>Number of replicates. Default 2,000.</summary>
    public int Replicates { get; init; } = 2000;

    /// <summary>Seed of the resampling; the same seed gives the same intervals. Default 20240501.</summary>
    public int Seed { get; init; } = 20240501;
}
