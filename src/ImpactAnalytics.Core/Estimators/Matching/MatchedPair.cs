namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// One treated–control link of a matched set. Rows are 0-based indices into the <see cref="CovariateTable"/>.
/// <paramref name="SetId"/> numbers the matched sets 1, 2, … in matching order (treated units by descending score).
/// <paramref name="Weight"/> is the control's share of its MatchIt weight that comes from this set: (1/kₛ) × the
/// common rescaling factor, so a control's pair weights sum to its unit weight.
/// </summary>
public sealed record MatchedPair(int TreatedRow, int ControlRow, int SetId, double Weight);
