using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Firms;

/// <summary>
/// Turns a firm-year's hidden economics (FTE, value added with and without the planted effect) into the figures of
/// an annual account, rounded to whole euros first so that every identity holds exactly on the written numbers:
/// 9900 = 70 + 71 + 72 + 74 + 76A − 60 − 61, 70/76A = 70 + 71 + 72 + 74 + 76A, and value added
/// (va.gross-margin) = 70 + 71 + 72 + 74 − 60 − 61 = 9900 − 76A.
/// </summary>
internal static class AccountsComposer
{
    /// <summary>Every figure of the firm-year, reported or not.</summary>
    public static AccountFigures Compose(FirmProfile firm, YearDraws d, double fte, double valueAddedBefore, double multiplier)
    {
        var sector = firm.Sector;
        var valueAdded = Math.Round(valueAddedBefore * multiplier);

        // Turnover follows value added before the effect: the effect raises the margin, not the sales, so it
        // cannot move a firm across the size criteria.
        var vaShare = Math.Clamp(sector.ValueAddedShare * Math.Exp((0.25 * firm.ValueAddedShareZ) + (0.05 * d.ValueAddedShare)), 0.03, 0.6);
        var turnover = Math.Round(valueAddedBefore / vaShare);
        var stock = sector.Manufacturing && d.StockChance < 0.35
            ? Math.Round(turnover * Math.Clamp(0.008 * d.Stock, -0.02, 0.02))
            : 0;
        var ownWork = d.OwnWorkChance < 0.08 ? Math.Round(turnover * 0.01 * d.OwnWork) : 0;
        var otherIncome = d.OtherIncomeChance < 0.6 ? Math.Round(turnover * 0.008 * Math.Exp(0.5 * d.OtherIncome)) : 0;
        var subsidies = otherIncome > 0 && d.SubsidyChance < 0.25 ? Math.Round(otherIncome * (0.2 + (0.6 * d.Subsidy))) : 0;
        var nonRecurring = d.NonRecurringChance < 0.06 ? Math.Round(turnover * 0.003 * Math.Exp(0.5 * d.NonRecurring)) : 0;

        // Purchases stay positive: value added is at most 0.6 × 1.5 of turnover, stock changes at most 2 % of it.
        var purchases = turnover + stock + ownWork + otherIncome - valueAdded;
        var goodsShare = Math.Clamp(sector.GoodsShare + (0.1 * firm.GoodsZ), 0.02, 0.98);
        var goods = Math.Round(purchases * goodsShare);
        var services = purchases - goods;

        var wageShare = Math.Clamp(sector.WageShare * Math.Exp((-0.4 * firm.Alpha) + (0.1 * firm.WageZ) + (0.03 * d.Wage)), 0.15, 1.3);
        var remuneration = Math.Round(valueAddedBefore * wageShare);
        var fixedAssets = Math.Round(sector.CapitalPerFte * fte * Math.Exp((0.5 * firm.Alpha) + (0.6 * firm.CapitalZ) + (0.05 * d.Capital)));
        var totalAssets = fixedAssets + Math.Round(0.2 * fixedAssets) + Math.Round(turnover * 0.3 * Math.Exp(0.1 * d.CurrentAssets));
        var depreciation = Math.Round(fixedAssets * 0.11 * Math.Exp(0.1 * d.Depreciation));
        var otherCharges = Math.Round(turnover * 0.01);

        var grossMargin = turnover + stock + ownWork + otherIncome + nonRecurring - goods - services;
        var operatingProfit = grossMargin - remuneration - depreciation - otherCharges;
        var beforeTax = operatingProfit + Math.Round(totalAssets * (-0.01 + (0.01 * d.Financial)));
        var profit = beforeTax > 0 ? beforeTax - Math.Round(0.25 * beforeTax) : beforeTax;

        return new AccountFigures(
            fte, valueAdded, turnover, stock, ownWork, otherIncome, subsidies, nonRecurring, goods, services,
            grossMargin, remuneration, depreciation, operatingProfit, profit, totalAssets, fixedAssets);
    }

    /// <summary>The rubrics a scheme reports, in <see cref="Rubric"/> order.</summary>
    public static ReportedValue[] Report(AccountFigures f, FilingScheme scheme, FirmProfile firm)
    {
        var values = new List<ReportedValue>(17);
        void Add(Rubric r, double v) => values.Add(new ReportedValue(r, v));
        void AddNonZero(Rubric r, double v)
        {
            if (v != 0)
            {
                Add(r, v);
            }
        }

        // Abbreviated filings show 70 in 55 % of cases, and the whole 70 … 61 detail in 30 %.
        var full = scheme == FilingScheme.Full;
        var detail = full || (scheme == FilingScheme.Abbreviated && firm.DetailDraw >= 0.70);
        var turnover = detail || (scheme == FilingScheme.Abbreviated && firm.DetailDraw >= 0.45);
        if (turnover)
        {
            Add(Rubric.Turnover, f.Turnover);
        }

        if (detail)
        {
            AddNonZero(Rubric.StockChange, f.StockChange);
            AddNonZero(Rubric.OwnWorkCapitalised, f.OwnWork);
            AddNonZero(Rubric.OtherOperatingIncome, f.OtherIncome);
        }

        if (full)
        {
            AddNonZero(Rubric.OperatingSubsidies, f.Subsidies);
        }

        // 76A is needed to get value added from 9900, so every scheme shows it when there is any.
        AddNonZero(Rubric.NonRecurringOperatingIncome, f.NonRecurring);
        if (full)
        {
            Add(Rubric.TotalOperatingIncome, f.Turnover + f.StockChange + f.OwnWork + f.OtherIncome + f.NonRecurring);
        }

        if (detail)
        {
            Add(Rubric.GoodsForResale, f.Goods);
            Add(Rubric.ServicesAndOtherGoods, f.Services);
        }

        if (!full)
        {
            Add(Rubric.GrossMargin, f.GrossMargin);
        }

        Add(Rubric.Remuneration, f.Remuneration);
        Add(Rubric.Depreciation, f.Depreciation);
        Add(Rubric.OperatingProfit, f.OperatingProfit);
        Add(Rubric.ProfitForTheYear, f.Profit);
        Add(Rubric.TotalAssets, f.TotalAssets);
        if (scheme != FilingScheme.Micro)
        {
            Add(Rubric.TangibleFixedAssets, f.FixedAssets);
        }

        // FTE: the full scheme has both the social balance (1003) and the notes (9087); smaller firms one or both.
        var (employees, workforce) = scheme switch
        {
            FilingScheme.Full => (true, true),
            FilingScheme.Abbreviated => (firm.FteCodeDraw < 0.85, firm.FteCodeDraw >= 0.30),
            _ => (firm.FteCodeDraw < 0.85, firm.FteCodeDraw >= 0.85),
        };
        if (employees)
        {
            Add(Rubric.EmployeesFte, f.Fte);
        }

        if (workforce)
        {
            Add(Rubric.WorkforceFte, f.Fte);
        }

        return [.. values];
    }
}
