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

    /// <summary>
    /// Largest magnitude accepted for any figure: 10^15 (a thousand trillion euros) is beyond every Belgian firm,
    /// so a larger number is a unit or typing error — and annualising it cannot overflow.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The reason a parsed value cannot be used for the rubric (negative FTE, out of range), or <c>null</c>.</summary>
    public static (string Code, string Message)? Problem(Rubric rubric, double value, string text)
    {
        if (value < 0 && IsFte(rubric))
        {
            return (Quality.IssueCodes.AccountsFteNegative, $"code {rubric.Code()} is a number of FTE and cannot be negative, found {text}");
        }

        return Math.Abs(value) >= MaxMagnitude
            ? (Quality.IssueCodes.AccountsValueOutOfRange, $"code {rubric.Code()}: {text} is beyond ±10^15, not a plausible figure (a unit error?)")
            : null;
    }
}
