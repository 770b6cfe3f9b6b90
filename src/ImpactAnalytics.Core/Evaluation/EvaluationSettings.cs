using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Evaluation;

/// <summary>Everything <see cref="Evaluation.Run(ImpactAnalytics.Core.Panel.FirmPanel, EvaluationSettings)"/> needs besides the panel. Defaults are the METHODS defaults.</summary>
public sealed record EvaluationSettings
{
    /// <summary>First year of the study period; <c>null</c> = the panel's first year.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Last year of the study period; <c>null</c> = the panel's last year.</summary>
    public int? LastYear { get; init; }

    /// <summary>Firm-level measures.</summary>
    public MeasureSettings Measures { get; init; } = new();

    /// <summary>Sector benchmarks and the statistic members are compared with.</summary>
    public BenchmarkSettings Benchmark { get; init; } = new();

    /// <summary>Disclosure control of published cells.</summary>
    public DisclosureSettings Disclosure { get; init; } = new();

    /// <summary>The seeded bootstrap of the mean log ratio.</summary>
    public BootstrapSettings Bootstrap { get; init; } = new();

    /// <summary>Price indices for real terms; <c>null</c> (default) = nominal euros.</summary>
    public DeflatorTable? Deflators { get; init; }
}
