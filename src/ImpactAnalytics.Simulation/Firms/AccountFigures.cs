namespace ImpactAnalytics.Simulation.Firms;

/// <summary>Every figure of a synthetic firm-year, in whole euros (FTE to one decimal), reported or not.</summary>
internal readonly record struct AccountFigures(
    double Fte,
    double ValueAdded,
    double Turnover,
    double StockChange,
    double OwnWork,
    double OtherIncome,
    double Subsidies,
    double NonRecurring,
    double Goods,
    double Services,
    double GrossMargin,
    double Remuneration,
    double Depreciation,
    double OperatingProfit,
    double Profit,
    double TotalAssets,
    double FixedAssets);
