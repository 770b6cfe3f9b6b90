namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// Something the report must say about the counterfactual estimates: an outcome that could not be estimated (the
/// estimator's message, e.g. separation in the propensity model) or a choice the data forced (a covariate dropped).
/// </summary>
/// <param name="Estimator"><c>did</c> or <c>psm</c>.</param>
/// <param name="Outcome">Outcome word, or null when the note concerns the estimator as a whole.</param>
/// <param name="Message">One sentence in the user's terms (English; the report translates the frame around it).</param>
public sealed record ImpactNote(string Estimator, string? Outcome, string Message);
