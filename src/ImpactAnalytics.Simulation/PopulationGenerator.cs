using ImpactAnalytics.Core.Panel;
using ImpactAnalytics.Simulation.Firms;

namespace ImpactAnalytics.Simulation;

/// <summary>
/// The synthetic population of METHODS §8: Flemish firms filing NBB annual accounts, some of them cluster members,
/// with a planted causal effect of membership. Firms are generated one at a time from their own random stream,
/// seeded by (seed, firm index), so a firm's figures do not depend on the order or the number of firms generated
/// before it, and a population of any size streams in constant memory.
/// </summary>
public sealed class PopulationGenerator
{
    /// <summary>The generator's name as truth.json writes it.</summary>
    public const string Name = "ImpactAnalytics.Simulation";

    /// <summary>Version of the generating model; bumped whenever the same settings would give different output.</summary>
    public const string Version = "1.0.0";

    private readonly FirmSimulator _simulator;

    /// <summary>Prepares a generator.</summary>
    /// <exception cref="ArgumentException">When <paramref name="settings"/> fail <see cref="PopulationSettings.Validate"/>.</exception>
    public PopulationGenerator(PopulationSettings settings)
    {
        if (settings.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        Settings = settings;
        _simulator = new FirmSimulator(settings);
    }

    /// <summary>The settings.</summary>
    public PopulationSettings Settings { get; }

    /// <summary>Generates firm <paramref name="index"/> (0 ≤ index &lt; Firms): a pure function of the settings and the index.</summary>
    public SyntheticFirm Generate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Settings.Firms);
        return _simulator.Simulate(index);
    }

    /// <summary>Streams every firm in index order, one at a time.</summary>
    public IEnumerable<SyntheticFirm> Firms()
    {
        for (var i = 0; i < Settings.Firms; i++)
        {
            yield return _simulator.Simulate(i);
        }
    }

    /// <summary>
    /// The whole population as a <see cref="FirmPanel"/>, with exactly the values <see cref="SampleWriter"/> writes,
    /// and its ground truth. Holds everything in memory: for tests and small populations.
    /// </summary>
    public static SimulatedPopulation BuildPanel(PopulationSettings settings)
    {
        var generator = new PopulationGenerator(settings);
        var builder = new FirmPanelBuilder();
        var truth = new GroundTruthBuilder(settings);
        foreach (var firm in generator.Firms())
        {
            var f = builder.AddFirm(firm.Id, firm.Name, firm.Nace, firm.Region, firm.Founded);
            foreach (var year in firm.Years)
            {
                var row = builder.AddFirmYear(f, year.Year, year.Scheme);
                foreach (var value in year.Values)
                {
                    builder.SetValue(row, value.Rubric, value.Value);
                }
            }

            foreach (var spell in firm.Memberships)
            {
                builder.AddMembership(spell);
            }

            truth.Add(firm);
        }

        return new SimulatedPopulation(builder.Build(), truth.Build());
    }
}
