using ImpactAnalytics.Core.Counterfactual;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Settings;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>
/// The parallel-trends pre-tests of the cluster evaluation on generated populations, where parallel trends hold by
/// construction within divisions: the reported test of the event-study estimates before joining, R did's test of every
/// pre-joining ATT(g,t) beside it, and the note when only the latter rejects.
/// </summary>
public sealed class PretestTests(ImpactPopulations populations) : IClassFixture<ImpactPopulations>
{
    private IEnumerable<DidOutcomeSummary> Samples => populations.Planted.SelectMany(p => p.Impact.DidSamples);

    [Fact]
    public void Every_did_outcome_reports_the_test_of_three_years_before_joining_and_the_test_of_every_cell_beside_it()
    {
        Assert.All(Samples, s =>
        {
            Assert.Equal(3, s.PretestDf);
            Assert.True(s.CellPretestDf > 3, $"{s.Outcome}: {s.CellPretestDf} cells");
            Assert.InRange(s.PretestP!.Value, 0, 1);
            Assert.InRange(s.CellPretestP!.Value, 0, 1);
        });
    }

    [Fact]
    public void The_event_study_test_of_ln_lp_rejects_true_parallel_trends_in_at_most_one_of_five_seeds()
    {
        var rejections = populations.Planted.Count(p => p.Impact.DidSamples.Single(s => s.Outcome == "ln_lp").PretestP < 0.05);

        Assert.InRange(rejections, 0, 1);
    }

    [Fact]
    public void A_note_explains_the_pretests_exactly_where_the_cell_test_rejects_and_the_event_study_test_does_not()
    {
        var expected = 0;
        foreach (var p in populations.Planted)
        {
            foreach (var s in p.Impact.DidSamples)
            {
                var disagree = s.CellPretestP < 0.05 && s.PretestP >= 0.05;
                var notes = p.Impact.Notes.Where(n => n.Estimator == "did" && n.Outcome == s.Outcome).ToArray();
                Assert.Equal(disagree ? 1 : 0, notes.Length);
                if (disagree)
                {
                    expected++;
                    Assert.Contains("known to reject far too often", notes[0].Message, StringComparison.Ordinal);
                    Assert.Contains($"all {s.CellPretestDf} pre-joining ATT(g,t)", notes[0].Message, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(expected > 0, "no seed and outcome where only the cell test rejects: the note is untested");
    }

    [Fact]
    public void The_number_of_years_before_joining_is_a_setting_and_must_be_at_least_one()
    {
        var first = populations.Planted[0];
        var measures = MeasureCalculator.Compute(first.Panel, new MeasureSettings());
        var settings = ImpactPopulations.Settings with
        {
            Psm = new ImpactPsmSettings { Enabled = false },
            Did = new ImpactDidSettings { Outcomes = [ImpactOutcome.LnLabourProductivity], PretestLeads = 5 },
        };

        var result = ClusterImpact.Run(first.Panel, measures, settings);

        Assert.Equal(5, result.DidSamples.Single().PretestDf);
        Assert.Equal(first.Impact.DidSamples.Single(s => s.Outcome == "ln_lp").CellPretestW, result.DidSamples.Single().CellPretestW);
        Assert.Throws<ArgumentException>(() => ClusterImpact.Run(
            first.Panel, measures, settings with { Did = settings.Did with { PretestLeads = 0 } }));
    }
}
