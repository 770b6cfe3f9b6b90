using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.EvaluationRun;

public sealed class EvaluationMeasuresTests
{
    [Fact]
    public void Measures_computed_beforehand_give_the_evaluation_computed_from_the_panel()
    {
        var panel = PopulationGenerator.BuildPanel(new PopulationSettings(600, 2016, 2020, 7)).Panel;
        var settings = new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 50, Seed = 3 } };
        var measures = MeasureCalculator.Compute(panel, settings.Measures, settings.Deflators);

        var given = Core.Evaluation.Evaluation.Run(panel, settings, measures);
        var own = Core.Evaluation.Evaluation.Run(panel, settings);

        Assert.Same(measures, given.Measures);
        Assert.NotEmpty(own.MemberDeltas);
        Assert.Equal(own.MemberDeltas.ToArray(), given.MemberDeltas.ToArray());
        Assert.Equal(own.Benchmarks.ToArray(), given.Benchmarks.ToArray());
        Assert.Equal(own.ClusterYears.ToArray(), given.ClusterYears.ToArray());
    }

    [Fact]
    public void Measures_of_other_settings_are_refused()
    {
        var panel = PopulationGenerator.BuildPanel(new PopulationSettings(200, 2016, 2020, 7)).Panel;
        var settings = new EvaluationSettings();
        var measures = MeasureCalculator.Compute(panel, settings.Measures with { MinFte = 3.0 }, settings.Deflators);

        var ex = Assert.Throws<ArgumentException>(() => Core.Evaluation.Evaluation.Run(panel, settings, measures));

        Assert.Contains("other measure settings", ex.Message, StringComparison.Ordinal);
    }
}
