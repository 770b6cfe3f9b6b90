using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// The size of the parallel-trends pre-tests when parallel trends hold by construction. The panel has the cohort sizes
/// of a 5,000-firm synthetic population (seven cohorts joining 2017–2023, from 198 down to 17 units, 800 never-treated)
/// over ten periods, and outcomes Y = αᵢ + uᵢₜ with u an AR(1) (ρ = 0.8) common to all units: every pre-treatment
/// effect is zero. With 200 seeded replications a test of true size 5 % rejects 10 ± 3 times.
/// </summary>
public sealed class PretestCalibrationTests
{
    private const int Replications = 200;
    private static readonly int[] CohortSizes = [198, 71, 44, 33, 55, 25, 17];
    private static readonly Lazy<(int Cells, int EventStudy)> Rejections = new(Simulate);

    [Fact]
    public void The_test_of_every_pre_treatment_cell_rejects_true_parallel_trends_far_above_its_level_with_small_cohorts()
    {
        // 35 cells, the last cohort's 8 from 17 units: about 45 % of samples reject at 5 %.
        Assert.True(Rejections.Value.Cells >= 60, $"{Rejections.Value.Cells} of {Replications} rejections");
    }

    [Fact]
    public void The_event_study_test_of_the_last_three_years_holds_its_level_on_the_same_panels()
    {
        // True size about 6 %: 12 of 200 expected; 20 is more than two binomial standard errors above.
        Assert.True(Rejections.Value.EventStudy <= 20, $"{Rejections.Value.EventStudy} of {Replications} rejections");
    }

    [Fact]
    public void With_a_single_cohort_the_event_study_test_over_all_leads_is_the_cell_test()
    {
        var data = Panel(new Random(3), [60], controls: 200);

        var result = StaggeredDid.Estimate(data, Options, out var dynamic);
        var eventStudy = ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 10);

        Assert.NotNull(eventStudy);
        Assert.Equal(result.Pretest!.DegreesOfFreedom, eventStudy.DegreesOfFreedom);
        Assert.Equal(result.Pretest.W, eventStudy.W, 1e-9);
    }

    [Fact]
    public void The_event_study_test_takes_only_the_requested_years_before_treatment()
    {
        var data = Panel(new Random(4), CohortSizes, controls: 300);

        var result = StaggeredDid.Estimate(data, Options, out var dynamic);

        Assert.Equal(3, ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 3)!.DegreesOfFreedom);
        Assert.Equal(1, ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 1)!.DegreesOfFreedom);
        Assert.Equal(8, ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 20)!.DegreesOfFreedom);
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 0));
    }

    private static DidOptions Options => new() { Method = DidMethod.Unconditional, Bootstrap = new() { Replicates = 0 } };

    private static (int Cells, int EventStudy) Simulate()
    {
        var random = new Random(20240501);
        int cells = 0, eventStudy = 0;
        for (var r = 0; r < Replications; r++)
        {
            var result = StaggeredDid.Estimate(Panel(random, CohortSizes, controls: 800), Options, out var dynamic);
            cells += result.Pretest!.PValue < 0.05 ? 1 : 0;
            eventStudy += ParallelTrendsWaldTest.EventStudy(dynamic, result.Units, leads: 3)!.PValue < 0.05 ? 1 : 0;
        }

        return (cells, eventStudy);
    }

    // Cohort c first treated in 2017 + c; periods 2014–2023; no effect at all, so parallel trends hold exactly.
    private static DidPanelData Panel(Random random, int[] cohortSizes, int controls)
    {
        var groups = cohortSizes.SelectMany((size, c) => Enumerable.Repeat(2017 + c, size)).Concat(Enumerable.Repeat(0, controls)).ToArray();
        const int periods = 10;
        const double rho = 0.8, innovation = 0.08;
        var rows = groups.Length * periods;
        var ids = new long[rows];
        var time = new int[rows];
        var first = new int[rows];
        var y = new double[rows];
        for (var u = 0; u < groups.Length; u++)
        {
            var alpha = Normal(random);
            var deviation = innovation / Math.Sqrt(1 - (rho * rho)) * Normal(random);
            for (var t = 0; t < periods; t++)
            {
                var r = (u * periods) + t;
                if (t > 0)
                {
                    deviation = (rho * deviation) + (innovation * Normal(random));
                }

                ids[r] = u + 1;
                time[r] = 2014 + t;
                first[r] = groups[u];
                y[r] = alpha + deviation;
            }
        }

        return new DidPanelData(ids, time, first, y);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
