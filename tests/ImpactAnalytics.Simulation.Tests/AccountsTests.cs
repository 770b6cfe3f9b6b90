using ImpactAnalytics.Core.Domain;

namespace ImpactAnalytics.Simulation.Tests;

[Collection(SampleGroup.Name)]
public sealed class AccountsTests(SampleFixture sample)
{
    private static double Or0(SyntheticFirmYear y, Rubric r) => y.Value(r) ?? 0;

    [Fact]
    public void Gross_margin_9900_equals_70_71_72_74_76A_minus_60_61_wherever_those_codes_are_present()
    {
        var rows = sample.FirmYears
            .Select(x => x.Year)
            .Where(y => y.Value(Rubric.GrossMargin) is not null && y.Value(Rubric.Turnover) is not null
                && y.Value(Rubric.GoodsForResale) is not null && y.Value(Rubric.ServicesAndOtherGoods) is not null)
            .ToArray();

        Assert.True(rows.Length > 500, $"only {rows.Length} filings show 9900 with its components");
        Assert.All(rows, y => Assert.Equal(
            y.Value(Rubric.GrossMargin)!.Value,
            Or0(y, Rubric.Turnover) + Or0(y, Rubric.StockChange) + Or0(y, Rubric.OwnWorkCapitalised)
                + Or0(y, Rubric.OtherOperatingIncome) + Or0(y, Rubric.NonRecurringOperatingIncome)
                - Or0(y, Rubric.GoodsForResale) - Or0(y, Rubric.ServicesAndOtherGoods)));
    }

    [Fact]
    public void Total_operating_income_equals_its_components_in_the_full_scheme()
    {
        var full = sample.FirmYears.Select(x => x.Year).Where(y => y.Scheme == FilingScheme.Full).ToArray();

        Assert.NotEmpty(full);
        Assert.All(full, y => Assert.Equal(
            y.Value(Rubric.TotalOperatingIncome)!.Value,
            Or0(y, Rubric.Turnover) + Or0(y, Rubric.StockChange) + Or0(y, Rubric.OwnWorkCapitalised)
                + Or0(y, Rubric.OtherOperatingIncome) + Or0(y, Rubric.NonRecurringOperatingIncome)));
    }

    [Fact]
    public void Value_added_by_the_methods_formula_equals_the_generated_value_added_in_every_scheme()
    {
        foreach (var (_, y) in sample.FirmYears)
        {
            var va = y.Scheme == FilingScheme.Full
                ? Or0(y, Rubric.Turnover) + Or0(y, Rubric.StockChange) + Or0(y, Rubric.OwnWorkCapitalised)
                    + Or0(y, Rubric.OtherOperatingIncome) - Or0(y, Rubric.GoodsForResale) - Or0(y, Rubric.ServicesAndOtherGoods)
                : y.Value(Rubric.GrossMargin)!.Value - Or0(y, Rubric.NonRecurringOperatingIncome);
            Assert.Equal(y.ValueAdded, va);
        }
    }

    [Fact]
    public void Micro_firms_report_9900_and_no_70()
    {
        var micro = sample.FirmYears.Select(x => x.Year).Where(y => y.Scheme == FilingScheme.Micro).ToArray();

        Assert.True(micro.Length > 1000);
        Assert.All(micro, y =>
        {
            Assert.Null(y.Value(Rubric.Turnover));
            Assert.Null(y.Value(Rubric.GoodsForResale));
            Assert.NotNull(y.Value(Rubric.GrossMargin));
        });
    }

    [Fact]
    public void The_full_scheme_reports_70_60_61_and_both_fte_codes_and_no_9900()
    {
        var full = sample.FirmYears.Select(x => x.Year).Where(y => y.Scheme == FilingScheme.Full).ToArray();

        Assert.True(full.Length > 1000);
        Assert.All(full, y =>
        {
            Assert.Null(y.Value(Rubric.GrossMargin));
            Assert.All(
                new[] { Rubric.Turnover, Rubric.GoodsForResale, Rubric.ServicesAndOtherGoods, Rubric.EmployeesFte, Rubric.WorkforceFte, Rubric.TangibleFixedAssets },
                r => Assert.NotNull(y.Value(r)));
        });
    }

    [Fact]
    public void The_abbreviated_scheme_shows_70_only_sometimes_and_every_filing_has_an_fte_code()
    {
        var abbreviated = sample.FirmYears.Select(x => x.Year).Where(y => y.Scheme == FilingScheme.Abbreviated).ToArray();
        var withTurnover = abbreviated.Count(y => y.Value(Rubric.Turnover) is not null);

        Assert.InRange(withTurnover, abbreviated.Length / 4, abbreviated.Length * 3 / 4);
        Assert.All(sample.FirmYears, x => Assert.True(
            x.Year.Value(Rubric.EmployeesFte) is not null || x.Year.Value(Rubric.WorkforceFte) is not null));
    }

    [Fact]
    public void Money_is_in_whole_euros_and_fte_has_one_decimal()
    {
        foreach (var (_, y) in sample.FirmYears)
        {
            foreach (var v in y.Values)
            {
                var scaled = v.Rubric is Rubric.EmployeesFte or Rubric.WorkforceFte ? v.Value * 10 : v.Value;
                Assert.Equal(Math.Round(scaled), scaled, 6);
            }
        }
    }

    [Fact]
    public void Full_filers_are_large_by_the_belgian_criteria_more_often_than_not()
    {
        var full = sample.FirmYears.Select(x => x.Year).Where(y => y.Scheme == FilingScheme.Full).ToArray();
        var large = full.Count(y => (y.Fte > 50 ? 1 : 0) + (y.Value(Rubric.Turnover) > 9_000_000 ? 1 : 0) + (y.Value(Rubric.TotalAssets) > 4_500_000 ? 1 : 0) >= 2);

        Assert.True(large > full.Length * 0.8, $"{large} of {full.Length} full filings exceed two criteria");
    }
}
