using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>The one-pass outcome masks against the per-outcome conditions they replace, row by row.</summary>
public sealed class OutcomeValuesTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 5.0)]
    [InlineData(3, 0.0)]
    public void Masks_set_the_bit_of_an_outcome_exactly_where_it_is_present(long seed, double minFte)
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(1500, 2014, 2023, seed, 0.03));
        var measures = MeasureCalculator.Compute(population.Panel, new MeasureSettings());

        var masks = OutcomeValues.Masks(measures, minFte);

        Assert.Equal(measures.RowCount, masks.Length);
        var missing = 0;
        for (var row = 0; row < masks.Length; row++)
        {
            foreach (var outcome in Enum.GetValues<ImpactOutcome>())
            {
                var present = OutcomeValues.Has(measures, outcome, row, minFte);
                Assert.Equal(present, (masks[row] & (1 << (int)outcome)) != 0);
                missing += present ? 0 : 1;
            }
        }

        // The populations hold firm-years without some outcome, so both sides of every bit are compared.
        Assert.True(missing > 0);
    }
}
