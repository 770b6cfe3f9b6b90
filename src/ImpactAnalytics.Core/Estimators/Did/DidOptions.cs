using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>Choices of the staggered difference-in-differences (METHODS §7); defaults follow METHODS and R <c>did</c>.</summary>
public sealed record DidOptions
{
    public DidControlGroup ControlGroup { get; init; } = DidControlGroup.NeverTreated;

    public DidMethod Method { get; init; } = DidMethod.DoublyRobust;

    public DidBasePeriod BasePeriod { get; init; } = DidBasePeriod.Varying;

    /// <summary>
    /// Multiplier bootstrap for uniform bands (Mammen two-point weights, one draw per unit). Replicates = 0 skips
    /// the bootstrap: bands then use the pointwise normal critical value and the analytic standard errors.
    /// </summary>
    public BootstrapSettings Bootstrap { get; init; } = new();

    /// <summary>One minus the coverage of the bands. Default 0.05 (95 % bands).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Controls whose propensity score is at least this value get weight 0 in the IPW and DR estimators (they have
    /// no treated counterpart worth the extreme weight). Default 0.995; 1 disables trimming.
    /// </summary>
    public double PropensityTrim { get; init; } = 0.995;
}
