namespace ImpactAnalytics.Ingestion.Studies;

/// <summary>Propensity-score matching settings (study-file key <c>counterfactual.psm</c>, METHODS §7).</summary>
public sealed record PsmSettings
{
    /// <summary>The words <see cref="Exact"/> accepts: the firm attributes matching can hold equal.</summary>
    public static readonly IReadOnlyList<string> ExactVariables =
        ["nace_section", "nace_division", "nace_group", "nace_class", "cohort", "region"];

    /// <summary>Run the matching. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Controls matched to each treated firm (k ≥ 1). Default 1.</summary>
    public int Ratio { get; init; } = 1;

    /// <summary>Maximum score distance in standard deviations of the propensity score (&gt; 0); <c>null</c> = no caliper (default).</summary>
    public double? Caliper { get; init; }

    /// <summary>Match with replacement (a control may serve several treated firms). Default false.</summary>
    public bool Replace { get; init; }

    /// <summary>Attributes matched exactly (words of <see cref="ExactVariables"/>). Default NACE division and cohort.</summary>
    public IReadOnlyList<string> Exact { get; init; } = ["nace_division", "cohort"];
}
