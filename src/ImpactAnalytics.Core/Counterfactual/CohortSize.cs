namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>Usable treated firms per cohort: <paramref name="Year"/> is the first year of membership g.</summary>
public sealed record CohortSize(int Year, int Firms);
