namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>Propensity-score matching in the cluster evaluation (METHODS §7). Defaults are METHODS'.</summary>
public sealed record ImpactPsmSettings
{
    /// <summary>Run the matching. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Controls per treated firm (k of k:1); at least 1. Default 1.</summary>
    public int Ratio { get; init; } = 1;

    /// <summary>Maximum score distance in standard deviations of the propensity score; <c>null</c> (default) = none.</summary>
    public double? Caliper { get; init; }

    /// <summary>Whether a control firm-year may serve several treated firms. Default false.</summary>
    public bool Replace { get; init; }

    /// <summary>Attributes matched exactly. Default NACE division and cohort.</summary>
    public IReadOnlyList<ExactColumn> Exact { get; init; } = [ExactColumn.NaceDivision, ExactColumn.Cohort];
}
