namespace ImpactAnalytics.Simulation.Tests;

public sealed class PlantedEffectTests
{
    private static readonly PopulationSettings WithEffect = new(1500, 2014, 2023, 99, 0.03);
    private static readonly PopulationSettings WithoutEffect = WithEffect with { Effect = 0 };

    [Fact]
    public void The_effect_in_the_ground_truth_is_the_factor_the_generator_applied_to_value_added()
    {
        var treated = new PopulationGenerator(WithEffect).Firms().ToArray();
        var untreated = new PopulationGenerator(WithoutEffect).Firms().ToArray();
        var truth = PopulationGenerator.BuildPanel(WithEffect).Truth;
        var ratios = new List<double>();

        for (var i = 0; i < treated.Length; i++)
        {
            Assert.Equal(untreated[i].Years.Count, treated[i].Years.Count);
            for (var t = 0; t < treated[i].Years.Count; t++)
            {
                var a = treated[i].Years[t];
                var b = untreated[i].Years[t];
                Assert.Equal(b.Fte, a.Fte);
                Assert.Equal(b.Scheme, a.Scheme);
                Assert.Equal(a.Treated ? 1 + truth.Effect : 1.0, a.EffectMultiplier);
                if (!a.Treated)
                {
                    Assert.Equal(b.ValueAdded, a.ValueAdded);
                }
                else if (b.ValueAdded > 100_000)
                {
                    ratios.Add(a.ValueAdded / b.ValueAdded);
                }
            }
        }

        Assert.True(ratios.Count > 500);
        Assert.All(ratios, r => Assert.Equal(1 + truth.Effect, r, 1e-5));
        Assert.Equal(Math.Log(1.03), truth.LogEffect, 12);
        Assert.Equal(0.03, truth.Effect);
    }

    [Fact]
    public void The_ground_truth_counts_the_treated_firms_and_their_cohorts()
    {
        var firms = new PopulationGenerator(WithEffect).Firms().ToArray();
        var truth = PopulationGenerator.BuildPanel(WithEffect).Truth;

        Assert.Equal(firms.Count(f => f.TreatedFrom is not null), truth.TreatedFirms);
        Assert.Equal(firms.Sum(f => f.Years.Count(y => y.Treated)), truth.TreatedFirmYears);
        Assert.Equal(firms.Sum(f => f.Years.Count), truth.FirmYears);
        Assert.Equal(truth.TreatedFirms, truth.Cohorts.Sum(c => c.Value));
        Assert.All(truth.Cohorts, c => Assert.InRange(c.Key, 2017, 2023));
        Assert.Equal(PopulationGenerator.Version, truth.GeneratorVersion);
        Assert.Equal(99, truth.Seed);
    }
}
