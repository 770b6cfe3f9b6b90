namespace ImpactAnalytics.Simulation.Tests;

[Collection(SampleGroup.Name)]
public sealed class MembershipTests(SampleFixture sample)
{
    public static TheoryData<string, int> Clusters => new()
    {
        { "Catalisti", 2017 }, { "Flux50", 2017 }, { "SIM", 2017 }, { "VIL", 2017 }, { "Flanders' FOOD", 2017 },
        { "Blue Cluster", 2018 }, { "MEDVIA", 2021 },
    };

    [Theory]
    [MemberData(nameof(Clusters))]
    public void Every_cluster_has_well_over_ten_filing_members_in_every_year_from_its_start_and_none_before(string cluster, int start)
    {
        foreach (var year in SampleFixture.Settings.Years)
        {
            var members = sample.Firms.Count(f =>
                f.Years.Any(y => y.Year == year) && f.Memberships.Any(m => m.Cluster == cluster && m.Covers(year)));
            if (year < start)
            {
                Assert.Equal(0, members);
            }
            else
            {
                Assert.True(members >= 20, $"{cluster} has {members} members in {year}");
            }
        }
    }

    [Fact]
    public void Some_members_leave_and_some_rejoin_with_a_second_spell_after_a_gap()
    {
        var twoSpells = sample.Firms.Where(f => f.Memberships.Count == 2).ToArray();
        var left = sample.Firms.Count(f => f.Memberships.Count > 0 && f.Memberships[^1].EndYear is not null);

        Assert.NotEmpty(twoSpells);
        Assert.True(left > 30);
        Assert.All(twoSpells, f =>
        {
            Assert.Equal(f.Memberships[0].Cluster, f.Memberships[1].Cluster);
            Assert.True(f.Memberships[1].StartYear > f.Memberships[0].EndYear + 1);
        });
    }

    [Fact]
    public void Every_division_with_members_has_many_never_member_firms()
    {
        var divisions = sample.Firms.Where(f => f.TreatedFrom is not null).Select(f => f.Nace.Division).Distinct();

        Assert.All(divisions, d => Assert.True(
            sample.Firms.Count(f => f.Nace.Division == d && f.TreatedFrom is null) >= 20, $"division {d}"));
    }

    [Fact]
    public void Treatment_starts_with_the_first_spell_and_lasts_after_leaving()
    {
        Assert.All(sample.Firms, f =>
        {
            Assert.Equal(f.Memberships.Count > 0 ? f.Memberships[0].StartYear : null, f.TreatedFrom);
            Assert.All(f.Years, y => Assert.Equal(f.TreatedFrom is { } g && y.Year >= g, y.Treated));
        });
    }

    [Fact]
    public void Members_have_a_filing_before_they_join()
    {
        var members = sample.Firms.Where(f => f.TreatedFrom is { } g && g > SampleFixture.Settings.FirstYear).ToArray();

        Assert.NotEmpty(members);
        Assert.All(members, f => Assert.Contains(f.Years, y => y.Year == f.TreatedFrom - 1));
    }

    [Fact]
    public void Firms_enter_and_exit_and_a_few_have_less_than_one_fte()
    {
        var rows = sample.FirmYears.ToArray();

        Assert.True(sample.Firms.Count(f => f.Years[0].Year > 2014) > 300);
        Assert.True(sample.Firms.Count(f => f.Years[^1].Year < 2023) > 300);
        Assert.InRange(rows.Count(x => x.Year.Fte < 1), rows.Length / 50, rows.Length / 6);
    }
}
