using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Estimators.Matching;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;
using ImpactAnalytics.Simulation;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>
/// The columnar matching table against the first implementation (<see cref="ReferencePsmTable"/>) on generated
/// populations: same columns in the same order, every numeric value bit for bit, every category, same summary and
/// notes; with the default exact columns and with every attribute matched exactly, and with a minimum FTE that makes
/// ln LP missing for small firms.
/// </summary>
public sealed class PsmTableTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.0)]
    [InlineData(3, 5.0)]
    public void Columnar_table_equals_the_reference(long seed, double minFte)
    {
        var population = PopulationGenerator.BuildPanel(new PopulationSettings(2000, 2014, 2023, seed, 0.03));
        var measures = MeasureCalculator.Compute(population.Panel, new MeasureSettings());
        var assignment = TreatmentAssignment.Build(population.Panel, 2014, 2023);
        ExactColumn[] everything = [.. Enum.GetValues<ExactColumn>()];
        foreach (var exact in new[] { new ImpactPsmSettings().Exact, everything })
        {
            var settings = new ClusterImpactSettings { MinFte = minFte, Psm = new ImpactPsmSettings { Exact = exact } };

            var (table, summary, notes) = PsmTable.Build(population.Panel, measures, assignment, settings, 2023);

            var (expectedTable, expectedSummary, expectedNotes) = ReferencePsmTable.Build(population.Panel, measures, assignment, settings, 2023);
            AssertSameTable(expectedTable, table);
            Assert.Equal(expectedSummary with { Covariates = [], Exact = [] }, summary with { Covariates = [], Exact = [] });
            Assert.Equal(expectedSummary.Covariates, summary.Covariates);
            Assert.Equal(expectedSummary.Exact, summary.Exact);
            // The reference words its notes as text only; the table's also carry their kind, subject and numbers.
            Assert.Equal(expectedNotes.Select(n => (n.Estimator, n.Outcome, n.Message)), notes.Select(n => (n.Estimator, n.Outcome, n.Message)));
            Assert.All(notes, n => Assert.Equal((ImpactNoteKind.CovariateLeftOut, 2), (n.Kind, n.Values.Count)));
        }
    }

    private static void AssertSameTable(CovariateTable expected, CovariateTable actual)
    {
        Assert.True(expected.RowCount > 100, "the population gives a table to compare");
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        foreach (var name in expected.ColumnNames)
        {
            Assert.Equal(expected.IsNumeric(name), actual.IsNumeric(name));
            if (expected.IsNumeric(name))
            {
                Assert.Equal(expected.Numeric(name).Select(BitConverter.DoubleToInt64Bits), actual.Numeric(name).Select(BitConverter.DoubleToInt64Bits));
            }
            else
            {
                Assert.Equal(expected.Categorical(name), actual.Categorical(name));
            }
        }
    }
}
