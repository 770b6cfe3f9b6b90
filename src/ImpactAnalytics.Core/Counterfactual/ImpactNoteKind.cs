namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>The kinds of <see cref="ImpactNote"/>, with the numbers each carries in <see cref="ImpactNote.Values"/>.</summary>
public enum ImpactNoteKind
{
    /// <summary>Only the English message.</summary>
    Text,

    /// <summary>A PSM covariate left out for missing values; values: the larger missing share (0–1), the maximum share allowed.</summary>
    CovariateLeftOut,

    /// <summary>
    /// R did's test of every pre-joining ATT(g,t) rejects parallel trends, the reported event-study test does not;
    /// values: cells tested, its p-value, years in the reported test, its p-value, firms of the thinnest cohort, that
    /// cohort (first year), its pre-joining cells.
    /// </summary>
    PretestDisagreement,

    /// <summary>The estimator (or one outcome of it) could not be run; the reason is the subject; no values.</summary>
    EstimatorFailed,
}
