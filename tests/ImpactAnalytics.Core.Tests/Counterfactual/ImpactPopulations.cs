using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>
/// Generated populations analysed once and shared by the coverage tests: seeds 1–5 of 3,000 firms, 2014–2023, the
/// planted +3 % effect, and one population without effect (seed 11). Bootstraps are off (the DiD interval uses the
/// analytic standard error, the premium ± 1.96 se) so the whole fixture takes a few seconds.
/// </summary>
public sealed class ImpactPopulations
{
    public const int Firms = 3000;

    public static readonly ClusterImpactSettings Settings = new()
    {
        Bootstrap = new BootstrapSettings { Replicates = 0 },
    };

    public ImpactPopulations()
    {
        Planted = [.. Enumerable.Range(1, 5).Select(seed => Analyse(seed, 0.03))];
        NoEffect = Analyse(11, 0.0);
    }

    public IReadOnlyList<Analysed> Planted { get; }

    public Analysed NoEffect { get; }

    private static Analysed Analyse(long seed, double effect)
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(Firms, 2014, 2023, seed, effect));
        var measures = MeasureCalculator.Compute(population.Panel, new MeasureSettings());
        var impact = ClusterImpact.Run(population.Panel, measures, Settings);
        var evaluation = TestPanel.Run(population.Panel, new EvaluationSettings { Bootstrap = new BootstrapSettings { Replicates = 0 } });
        return new Analysed(population.Panel, population.Truth, impact, DescriptivePremium.Compute(population.Panel, evaluation, Settings));
    }

    public sealed record Analysed(FirmPanel Panel, GroundTruth Truth, ClusterImpactResult Impact, PremiumComparison Premium);
}
