using ImpactAnalytics.Core.Domain;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Measures;

public sealed class MeasureCalculatorTests
{
    private static readonly MeasureSettings GrossMargin = new();

    private static FirmYearMeasure Single(FilingScheme scheme, MeasureSettings settings, params (Rubric, double)[] values)
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Row(1, 2020, scheme, values);
        return MeasureCalculator.Compute(p.Build(), settings).Row(0);
    }

    [Fact]
    public void Full_scheme_value_added_is_income_less_goods_and_services()
    {
        var m = Single(
            FilingScheme.Full,
            GrossMargin,
            (Rubric.Turnover, 1000), (Rubric.StockChange, 10), (Rubric.OwnWorkCapitalised, 5), (Rubric.OtherOperatingIncome, 20),
            (Rubric.GoodsForResale, 400), (Rubric.ServicesAndOtherGoods, 200), (Rubric.EmployeesFte, 5));

        Assert.Equal(435, m.Va);
        Assert.Equal("va.gross-margin", m.VaFormula);
        Assert.Equal("70+71+72+74-60-61", m.VaCodes);
        Assert.Equal(87, m.Lp);
    }

    [Fact]
    public void Abbreviated_scheme_value_added_is_gross_margin_less_non_recurring_income()
    {
        var m = Single(FilingScheme.Abbreviated, GrossMargin, (Rubric.GrossMargin, 500), (Rubric.NonRecurringOperatingIncome, 30));

        Assert.Equal(470, m.Va);
        Assert.Equal("9900-76A", m.VaCodes);
    }

    [Fact]
    public void Micro_filing_that_reports_turnover_still_uses_its_gross_margin()
    {
        var m = Single(FilingScheme.Micro, GrossMargin, (Rubric.Turnover, 900), (Rubric.GrossMargin, 300));

        Assert.Equal(300, m.Va);
        Assert.Equal("9900", m.VaCodes);
    }

    [Fact]
    public void Excluding_subsidies_subtracts_740_and_records_it()
    {
        var m = Single(
            FilingScheme.Abbreviated,
            GrossMargin with { ExcludeSubsidies = true },
            (Rubric.GrossMargin, 500), (Rubric.OperatingSubsidies, 50));

        Assert.Equal(450, m.Va);
        Assert.Equal("9900-740", m.VaCodes);
    }

    [Fact]
    public void Given_value_added_is_taken_as_is()
    {
        var m = Single(
            FilingScheme.Full,
            GrossMargin with { ValueAddedFormula = ValueAddedFormulas.Given },
            (Rubric.ValueAddedGiven, 123), (Rubric.Turnover, 1000));

        Assert.Equal(123, m.Va);
        Assert.Equal("va.given", m.VaFormula);
        Assert.Equal("VA", m.VaCodes);
    }

    [Fact]
    public void Fte_falls_back_from_1003_to_9087_and_records_the_source()
    {
        var from1003 = Single(FilingScheme.Full, GrossMargin, (Rubric.Turnover, 100), (Rubric.EmployeesFte, 4), (Rubric.WorkforceFte, 9));
        var from9087 = Single(FilingScheme.Full, GrossMargin, (Rubric.Turnover, 100), (Rubric.WorkforceFte, 9));

        Assert.Equal((Rubric.EmployeesFte, 4.0), (from1003.FteSource!.Value, from1003.Fte!.Value));
        Assert.Equal((Rubric.WorkforceFte, 9.0), (from9087.FteSource!.Value, from9087.Fte!.Value));
    }

    [Fact]
    public void Zero_fte_keeps_value_added_but_has_no_productivity()
    {
        var m = Single(FilingScheme.Abbreviated, GrossMargin, (Rubric.GrossMargin, 500), (Rubric.EmployeesFte, 0), (Rubric.Remuneration, 10));

        Assert.Equal(500, m.Va);
        Assert.Equal(0, m.Fte);
        Assert.Null(m.Lp);
        Assert.Null(m.WageCostPerFte);
    }

    [Fact]
    public void Fte_below_min_fte_has_no_productivity()
    {
        var m = Single(FilingScheme.Abbreviated, GrossMargin, (Rubric.GrossMargin, 500), (Rubric.EmployeesFte, 0.8));

        Assert.Null(m.Lp);
        Assert.NotNull(Single(FilingScheme.Abbreviated, GrossMargin with { MinFte = 0.5 }, (Rubric.GrossMargin, 500), (Rubric.EmployeesFte, 0.8)).Lp);
    }

    [Fact]
    public void Negative_value_added_gives_negative_productivity_and_no_wage_share()
    {
        var m = Single(FilingScheme.Abbreviated, GrossMargin, (Rubric.GrossMargin, -200), (Rubric.EmployeesFte, 4), (Rubric.Remuneration, 100));

        Assert.Equal(-50, m.Lp);
        Assert.Null(m.WageShare);
        Assert.Equal(25, m.WageCostPerFte);
    }

    [Fact]
    public void Wage_cost_wage_share_and_capital_intensity_follow_their_formulas()
    {
        var m = Single(
            FilingScheme.Abbreviated,
            GrossMargin,
            (Rubric.GrossMargin, 800), (Rubric.EmployeesFte, 4), (Rubric.Remuneration, 600), (Rubric.TangibleFixedAssets, 2000));

        Assert.Equal(150, m.WageCostPerFte);
        Assert.Equal(0.75, m.WageShare);
        Assert.Equal(500, m.CapitalIntensity);
    }

    [Fact]
    public void Growth_is_the_log_change_against_the_previous_calendar_year_only()
    {
        var p = new TestPanel();
        p.Firm(1);
        p.Row(1, 2019, 100, 2);
        p.Row(1, 2020, 150, 2);
        p.Row(1, 2022, 300, 3);
        var m = MeasureCalculator.Compute(p.Build(), GrossMargin with { ValueAddedFormula = ValueAddedFormulas.Given });

        Assert.Null(m.Row(0).VaGrowth);
        Assert.Equal(Math.Log(1.5), m.Row(1).VaGrowth!.Value, 12);
        Assert.Equal(Math.Log(1.5), m.Row(1).LpGrowth!.Value, 12);
        Assert.Equal(0, m.Row(1).FteGrowth!.Value, 12);
        Assert.Null(m.Row(2).VaGrowth);
    }

    [Fact]
    public void Compound_annual_growth_over_a_window()
    {
        Assert.Equal(0.1, Growth.CompoundAnnual(100, 121, 2)!.Value, 12);
        Assert.Null(Growth.CompoundAnnual(-1, 121, 2));
    }

    [Fact]
    public void Deflation_divides_value_added_by_index_over_100_and_reports_missing_indices()
    {
        var p = new TestPanel();
        p.Firm(1, "20160");
        p.Row(1, 2019, 220, 2);
        p.Row(1, 2020, 220, 2);
        var deflators = DeflatorTable.Create([(20, 2019, 110.0)]);

        var m = MeasureCalculator.Compute(p.Build(), GrossMargin with { ValueAddedFormula = ValueAddedFormulas.Given }, deflators);

        Assert.Equal(200, m.Row(0).Va!.Value, 12);
        Assert.True(m.Row(0).Deflated);
        Assert.Null(m.Row(1).Va);
        var issue = Assert.Single(m.Issues);
        Assert.Equal("deflator.missing", issue.Code);
    }
}
