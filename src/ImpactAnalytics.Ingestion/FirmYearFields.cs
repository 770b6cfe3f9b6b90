using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Ingestion;

/// <summary>
/// The engine's field names for a tidy firm-year table (<see cref="InputFiles.FirmYears"/>), the keys of
/// <see cref="InputFiles.FirmYearColumns"/>. A field without a mapping is looked up under its own name (and a rubric
/// also under its NBB code, e.g. <c>9900</c>). Required: enterprise_number, year; optional: scheme (VOL/VKT/MIC),
/// months (financial-year length), and any rubric.
/// </summary>
public static class FirmYearFields
{
    public const string EnterpriseNumber = "enterprise_number";
    public const string Year = "year";
    public const string Scheme = "scheme";
    public const string Months = "months";

    /// <summary>Rubric field names: snake-case English, each for one <see cref="Rubric"/>.</summary>
    public static IReadOnlyDictionary<string, Rubric> Rubrics { get; } = new Dictionary<string, Rubric>(StringComparer.OrdinalIgnoreCase)
    {
        ["turnover"] = Rubric.Turnover,
        ["stock_change"] = Rubric.StockChange,
        ["own_work_capitalised"] = Rubric.OwnWorkCapitalised,
        ["other_operating_income"] = Rubric.OtherOperatingIncome,
        ["operating_subsidies"] = Rubric.OperatingSubsidies,
        ["non_recurring_operating_income"] = Rubric.NonRecurringOperatingIncome,
        ["total_operating_income"] = Rubric.TotalOperatingIncome,
        ["goods_for_resale"] = Rubric.GoodsForResale,
        ["services_and_other_goods"] = Rubric.ServicesAndOtherGoods,
        ["gross_margin"] = Rubric.GrossMargin,
        ["remuneration"] = Rubric.Remuneration,
        ["depreciation"] = Rubric.Depreciation,
        ["operating_profit"] = Rubric.OperatingProfit,
        ["profit_for_the_year"] = Rubric.ProfitForTheYear,
        ["total_assets"] = Rubric.TotalAssets,
        ["tangible_fixed_assets"] = Rubric.TangibleFixedAssets,
        ["employees_fte"] = Rubric.EmployeesFte,
        ["workforce_fte"] = Rubric.WorkforceFte,
        ["value_added"] = Rubric.ValueAddedGiven,
    };
}
