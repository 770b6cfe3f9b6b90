using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation;

/// <summary>One figure of a synthetic filing: a rubric and its value as written (whole euros, or FTE to one decimal).</summary>
public readonly record struct ReportedValue(Rubric Rubric, double Value);
