namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Something the report must say about the counterfactual estimates: an outcome that could not be estimated (the
/// estimator's message, e.g. separation in the propensity model) or a choice the data forced (a covariate dropped).
/// </summary>
/// <param name="Estimator"><c>did</c> or <c>psm</c>.</param>
/// <param name="Outcome">Outcome word, or null when the note concerns the estimator as a whole.</param>
/// <param name="Message">The whole note as one English sentence (logs, JSON); the report words it from
/// <see cref="Kind"/>, <see cref="Subject"/> and <see cref="Values"/> in its own language.</param>
public sealed record ImpactNote(string Estimator, string? Outcome, string Message)
{
    /// <summary>What the note says, for a report that words it in another language; <see cref="ImpactNoteKind.Text"/> has only the message.</summary>
    public ImpactNoteKind Kind { get; init; } = ImpactNoteKind.Text;

    /// <summary>The covariate (<see cref="ImpactNoteKind.CovariateLeftOut"/>) or the estimator's reason, in English (<see cref="ImpactNoteKind.EstimatorFailed"/>).</summary>
    public string? Subject { get; init; }

    /// <summary>The note's numbers, in the order <see cref="ImpactNoteKind"/> documents per kind.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];
}
