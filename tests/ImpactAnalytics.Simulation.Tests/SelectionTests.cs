namespace ImpactAnalytics.Simulation.Tests;

[Collection(SampleGroup.Name)]
public sealed class SelectionTests(SampleFixture sample)
{
    private static double LnLp(SyntheticFirmYear y) => Math.Log(y.ValueAdded / y.Fte);

    [Fact]
    public void Members_are_on_average_larger_and_more_productive_than_never_members_in_the_same_division()
    {
        var rows = sample.FirmYears.Where(x => x.Year.Fte >= 1).ToArray();
        var divisions = rows.Where(x => x.Firm.TreatedFrom is not null).Select(x => x.Firm.Nace.Division).Distinct().ToArray();
        var gaps = divisions.Select(d =>
        {
            var members = rows.Where(x => x.Firm.Nace.Division == d && x.Firm.TreatedFrom is not null).ToArray();
            var never = rows.Where(x => x.Firm.Nace.Division == d && x.Firm.TreatedFrom is null).ToArray();
            return (
                Lp: members.Average(x => LnLp(x.Year)) - never.Average(x => LnLp(x.Year)),
                Size: members.Average(x => Math.Log(x.Year.Fte)) - never.Average(x => Math.Log(x.Year.Fte)));
        }).ToArray();

        Assert.True(divisions.Length >= 15);
        Assert.True(gaps.Average(g => g.Lp) > 0.2, $"mean ln LP gap {gaps.Average(g => g.Lp)}");
        Assert.True(gaps.Average(g => g.Size) > 0.5, $"mean ln FTE gap {gaps.Average(g => g.Size)}");
        Assert.True(gaps.Count(g => g.Lp > 0 && g.Size > 0) >= divisions.Length - 1);
    }

    [Fact]
    public void The_descriptive_premium_over_the_class_median_is_far_larger_than_the_planted_effect()
    {
        var rows = sample.FirmYears.Where(x => x.Year.Fte >= 1).ToArray();
        var medians = rows.Where(x => x.Firm.TreatedFrom is null)
            .GroupBy(x => (x.Firm.Nace.ToNaceRev2Class().Code, x.Year.Year))
            .ToDictionary(g => g.Key, g => Median(g.Select(x => x.Year.ValueAdded / x.Year.Fte)));
        var ratios = rows
            .Where(x => x.Firm.Memberships.Any(m => m.Covers(x.Year.Year)))
            .Where(x => medians.ContainsKey((x.Firm.Nace.ToNaceRev2Class().Code, x.Year.Year)))
            .Select(x => LnLp(x.Year) - Math.Log(medians[(x.Firm.Nace.ToNaceRev2Class().Code, x.Year.Year)]))
            .ToArray();

        Assert.True(ratios.Length > 1000);
        Assert.True(ratios.Average() > 4 * Math.Log(1.03), $"mean log ratio {ratios.Average()}");
    }

    [Fact]
    public void Selection_acts_on_the_persistent_firm_effect()
    {
        var members = sample.Firms.Where(f => f.TreatedFrom is not null && f.Nace.Division == 10).Average(f => f.ProductivityEffect);
        var never = sample.Firms.Where(f => f.TreatedFrom is null && f.Nace.Division == 10).Average(f => f.ProductivityEffect);

        Assert.True(members - never > 0.15, $"persistent effect gap {members - never}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }
}
