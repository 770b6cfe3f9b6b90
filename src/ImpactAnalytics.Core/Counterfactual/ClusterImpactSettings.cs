using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Everything <see cref="ClusterImpact.Run"/> needs besides the panel and its measures. The study file's
/// <c>counterfactual</c> section is read by ingestion; the CLI maps it onto this record. Defaults are METHODS §7.
/// </summary>
public sealed record ClusterImpactSettings
{
    /// <summary>Staggered difference-in-differences.</summary>
    public ImpactDidSettings Did { get; init; } = new();

    /// <summary>Propensity-score matching.</summary>
    public ImpactPsmSettings Psm { get; init; } = new();

    /// <summary>
    /// The multiplier bootstrap of the DiD's uniform bands (event study, ATT(g,t)). Replicates 0 = no bootstrap:
    /// bands are then pointwise 95 % intervals from the analytic standard errors. Overall estimates always use the
    /// analytic standard error.
    /// </summary>
    public BootstrapSettings Bootstrap { get; init; } = new();

    /// <summary>First year of the study period; <c>null</c> = the panel's first year.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Last year of the study period; <c>null</c> = the panel's last year.</summary>
    public int? LastYear { get; init; }

    /// <summary>
    /// ln LP (and LP as a matching covariate) only where FTE ≥ this, as in <see cref="MeasureSettings.MinFte"/>, whose
    /// value the caller passes on. Default 1.0 FTE.
    /// </summary>
    public double MinFte { get; init; } = 1.0;
}
