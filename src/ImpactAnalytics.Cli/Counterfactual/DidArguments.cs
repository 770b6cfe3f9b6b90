namespace ImpactAnalytics.Cli.Counterfactual;

/// <summary>The options of <c>impact did</c> as given on the command line (covariates still comma-separated text).</summary>
internal sealed record DidArguments(
    string Id,
    string Time,
    string Group,
    string Outcome,
    string? Covariates,
    string Control,
    string Method,
    int Bootstrap,
    int Seed);
