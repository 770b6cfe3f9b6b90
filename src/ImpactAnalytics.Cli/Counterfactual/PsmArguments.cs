namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>The options of <c>impact psm</c> as given on the command line (lists still comma-separated text).</summary>
internal sealed record PsmArguments(
    string Treatment,
    string Outcome,
    string? Covariates,
    string? Exact,
    string? Categorical,
    int Ratio,
    bool Replace,
    double? Caliper);
