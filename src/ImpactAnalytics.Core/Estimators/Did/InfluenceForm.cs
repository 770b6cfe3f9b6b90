namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// An aggregate's influence function as a linear form of the cell influence functions: for unit i,
/// ψᵢ = Σₖ CellWeights[k] · ψᵢ(cell k) + CohortTerms[cohort(i) + 1], where cohort(i) is the unit's index among the
/// cohorts (−1 for a unit in none, so CohortTerms[0]). The second part is the delta-method term of the estimated
/// cohort-size weights, which depends on a unit only through its cohort. The multiplier bootstrap uses the form to
/// turn cell draws and per-cohort sums of the weights into the aggregate's draws without touching the units again.
/// </summary>
internal sealed record InfluenceForm(double[] CellWeights, double[] CohortTerms);
