using ImpactAnalytics.Core.Evaluation;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Reporting.Tests.Run;

/// <summary>
/// One generated population (1,500 firms, 2016–2023, seed 20240501) evaluated once and written three times: in Dutch
/// twice (to check byte-identical output) and in English once. Writing takes seconds, so the tests share it.
/// </summary>
public sealed class RunFixture : IDisposable
{
    public RunFixture()
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(1500, 2016, 2023, 20240501));
        var result = Evaluation.Run(population.Panel, WrittenRun.Settings);
        Dutch = new WrittenRun(population, WrittenRun.Settings, result, ReportLanguage.Dutch);
        DutchAgain = new WrittenRun(population, WrittenRun.Settings, result, ReportLanguage.Dutch);
        English = new WrittenRun(population, WrittenRun.Settings, result, ReportLanguage.English);
    }

    public WrittenRun Dutch { get; }

    public WrittenRun DutchAgain { get; }

    public WrittenRun English { get; }

    public void Dispose()
    {
        Dutch.Dispose();
        DutchAgain.Dispose();
        English.Dispose();
    }
}
