using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Core.Measures;

/// <summary>The rubrics that can enter value added, in the order the formula text writes them, and their signs.</summary>
internal static class ValueAddedCodes
{
    /// <summary>Income side of the full-scheme gross margin: 70 + 71 + 72 + 74.</summary>
    public static readonly Rubric[] FullIncome =
        [Rubric.Turnover, Rubric.StockChange, Rubric.OwnWorkCapitalised, Rubric.OtherOperatingIncome];

    /// <summary>Cost side of the full-scheme gross margin: − 60 − 61.</summary>
    public static readonly Rubric[] FullCost = [Rubric.GoodsForResale, Rubric.ServicesAndOtherGoods];

    /// <summary>Every rubric that can appear in a VA code text, in writing order.</summary>
    public static readonly Rubric[] Order =
    [
        Rubric.ValueAddedGiven, Rubric.GrossMargin, Rubric.Turnover, Rubric.StockChange, Rubric.OwnWorkCapitalised,
        Rubric.OtherOperatingIncome, Rubric.GoodsForResale, Rubric.ServicesAndOtherGoods,
        Rubric.NonRecurringOperatingIncome, Rubric.OperatingSubsidies,
    ];

    /// <summary>Whether the rubric enters VA with a minus sign.</summary>
    public static bool IsSubtracted(Rubric rubric) => rubric is Rubric.GoodsForResale or Rubric.ServicesAndOtherGoods
        or Rubric.NonRecurringOperatingIncome or Rubric.OperatingSubsidies;
}
