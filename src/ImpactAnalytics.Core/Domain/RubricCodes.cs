namespace ImpactAnalytics.Core.Domain;

/// <summary>The official NBB code text of each <see cref="Rubric"/>, and the reverse look-up.</summary>
public static class RubricCodes
{
    public const string Turnover = "70";
    public const string StockChange = "71";
    public const string OwnWorkCapitalised = "72";
    public const string OtherOperatingIncome = "74";
    public const string OperatingSubsidies = "740";
    public const string NonRecurringOperatingIncome = "76A";
    public const string TotalOperatingIncome = "70/76A";
    public const string GoodsForResale = "60";
    public const string ServicesAndOtherGoods = "61";
    public const string GrossMargin = "9900";
    public const string Remuneration = "62";
    public const string Depreciation = "630";
    public const string OperatingProfit = "9901";
    public const string ProfitForTheYear = "9904";
    public const string TotalAssets = "20/58";
    public const string TangibleFixedAssets = "22/27";
    public const string EmployeesFte = "1003";
    public const string WorkforceFte = "9087";
    public const string ValueAddedGiven = "VA";

    /// <summary>Number of <see cref="Rubric"/> values; rubric columns are indexed 0..Count-1.</summary>
    public const int Count = 19;

    private static readonly string[] Codes =
    [
        Turnover, StockChange, OwnWorkCapitalised, OtherOperatingIncome, OperatingSubsidies,
        NonRecurringOperatingIncome, TotalOperatingIncome, GoodsForResale, ServicesAndOtherGoods, GrossMargin,
        Remuneration, Depreciation, OperatingProfit, ProfitForTheYear, TotalAssets, TangibleFixedAssets,
        EmployeesFte, WorkforceFte, ValueAddedGiven,
    ];

    private static readonly Dictionary<string, Rubric> ByCode = Codes
        .Select((code, i) => (code, i))
        .ToDictionary(x => x.code, x => (Rubric)x.i, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every rubric in column order.</summary>
    public static IReadOnlyList<Rubric> All { get; } = Enumerable.Range(0, Count).Select(i => (Rubric)i).ToArray();

    /// <summary>The official code text, e.g. <c>9900</c>.</summary>
    public static string Code(this Rubric rubric) => Codes[(int)rubric];

    /// <summary>
    /// Looks up a code text (case-insensitive, surrounding spaces ignored). Codes the engine does not use return
    /// <c>false</c>; callers count them rather than treat them as errors, since real filings carry hundreds of codes.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> code, out Rubric rubric)
    {
        var lookup = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(code.Trim(), out rubric);
    }
}
