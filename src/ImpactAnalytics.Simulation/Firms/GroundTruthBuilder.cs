namespace ImpactAnalytics.Simulation.Firms;

/// <summary>Counts, firm by firm, what the planted effect touched.</summary>
internal sealed class GroundTruthBuilder(PopulationSettings settings)
{
    private readonly SortedDictionary<int, int> _cohorts = [];
    private long _firmYears;
    private long _treatedFirmYears;

    public void Add(SyntheticFirm firm)
    {
        _firmYears += firm.Years.Count;
        foreach (var year in firm.Years)
        {
            if (year.Treated)
            {
                _treatedFirmYears++;
            }
        }

        if (firm.TreatedFrom is { } g)
        {
            _cohorts[g] = _cohorts.GetValueOrDefault(g) + 1;
        }
    }

    public GroundTruth Build() => new(
        PopulationGenerator.Name,
        PopulationGenerator.Version,
        settings,
        _cohorts.Values.Sum(),
        _treatedFirmYears,
        _firmYears,
        [.. _cohorts]);
}
