using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>Which rubrics are flows over the financial year (annualised by 12/months) and which are not.</summary>
internal static class RubricKinds
{
    /// <summary>
    /// Balance-sheet stocks (20/58, 22/27) are positions at the year end and FTE (1003, 9087) are averages over the
    /// year: neither grows with the year's length, so neither is annualised. Every other rubric is a flow.
    /// </summary>
    public static bool IsAnnualised(Rubric rubric) => rubric is not (
        Rubric.TotalAssets or Rubric.TangibleFixedAssets or Rubric.EmployeesFte or Rubric.WorkforceFte);

    public static bool IsFte(Rubric rubric) => rubric is Rubric.EmployeesFte or Rubric.WorkforceFte;
}
