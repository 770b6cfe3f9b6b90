using ImpactAnalytics.Core.Aggregates;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Aggregates;

/// <summary>
/// Members are selected on size, age and productivity, so the descriptive premium overstates the planted causal
/// effect (+3 %), as Angelino, Czarnitzki &amp; Volckaert (2024) find against the annual monitoring. The population
/// is the embedded sample's (data/sample/README.md: 3,000 firms, 2014–2023, seed 20240501, effect 0.03), built in
/// memory with the values the sample files hold.
/// </summary>
public sealed class SelectionTests
{
    [Fact]
    public void On_the_sample_the_descriptive_premium_is_larger_than_the_planted_effect()
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(3000, 2014, 2023, 20240501, Effect: 0.03));
        var result = TestPanel.Run(population.Panel, new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 200 } });
        var all = result.ClusterYears.Where(s => s.Cluster == ClusterKeys.All && !s.Suppressed && s.Year >= 2018).ToArray();

        Assert.NotEmpty(all);
        var meanLogRatio = all.Average(s => s.MeanLogRatio!.Value);
        var premium = all.Average(s => s.PremiumAdjusted!.Value);
        Assert.True(meanLogRatio > 2 * population.Truth.LogEffect, $"mean log ratio {meanLogRatio} vs planted {population.Truth.LogEffect}");
        Assert.True(premium > 2 * population.Truth.Effect, $"premium {premium} vs planted {population.Truth.Effect}");
        Assert.All(all, s => Assert.True(s.CiLow > population.Truth.LogEffect, $"{s.Year}: interval from {s.CiLow}"));
    }
}
