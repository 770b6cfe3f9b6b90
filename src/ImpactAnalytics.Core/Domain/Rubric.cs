namespace ImpactAnalytics.Core.Domain;

/// <summary>
/// The NBB annual-accounts rubric codes the engine reads (METHODS §2), as a small enum so firm-year figures can be
/// stored column by column. <see cref="RubricCodes"/> maps each to its official code text.
/// </summary>
public enum Rubric : byte
{
    /// <summary>70: turnover.</summary>
    Turnover = 0,

    /// <summary>71: change in stocks of work in progress and finished goods.</summary>
    StockChange = 1,

    /// <summary>72: own work capitalised.</summary>
    OwnWorkCapitalised = 2,

    /// <summary>74: other operating income.</summary>
    OtherOperatingIncome = 3,

    /// <summary>740: operating subsidies (of which, in 74).</summary>
    OperatingSubsidies = 4,

    /// <summary>76A: non-recurring operating income.</summary>
    NonRecurringOperatingIncome = 5,

    /// <summary>70/76A: total operating income (full scheme).</summary>
    TotalOperatingIncome = 6,

    /// <summary>60: goods for resale, raw materials and consumables.</summary>
    GoodsForResale = 7,

    /// <summary>61: services and other goods.</summary>
    ServicesAndOtherGoods = 8,

    /// <summary>9900: gross margin (abbreviated and micro schemes) = 70 + 71 + 72 + 74 + 76A − 60 − 61.</summary>
    GrossMargin = 9,

    /// <summary>62: remuneration, social security and pensions.</summary>
    Remuneration = 10,

    /// <summary>630: depreciation and write-downs on fixed assets.</summary>
    Depreciation = 11,

    /// <summary>9901: operating profit (loss).</summary>
    OperatingProfit = 12,

    /// <summary>9904: profit (loss) of the financial year.</summary>
    ProfitForTheYear = 13,

    /// <summary>20/58: total assets.</summary>
    TotalAssets = 14,

    /// <summary>22/27: tangible fixed assets.</summary>
    TangibleFixedAssets = 15,

    /// <summary>1003: social balance, average number of employees in FTE.</summary>
    EmployeesFte = 16,

    /// <summary>9087: average workforce in FTE (notes).</summary>
    WorkforceFte = 17,

    /// <summary>Not an NBB code: value added given directly by a tidy input (formula <c>va.given</c>).</summary>
    ValueAddedGiven = 18,
}
