using System.Globalization;
using ImpactAnalytics.Core.Estimators.Did;
using Xunit.Abstractions;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

/// <summary>
/// Reproduces R <c>did</c> 2.5 on mpdta (xformla = ~1, est_method = "dr", varying base period) for never-treated and
/// not-yet-treated controls. Tolerance 1e-6 absolute for estimates, SEs and W; the published p-values are rounded
/// to 5 decimals, so those are compared to 1e-5 (half a unit in the last published place plus slack).
/// </summary>
public sealed class DidReferenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;
    private const double RoundedPValueTolerance = 1e-5;

    public static TheoryData<string> Scenarios => new() { "mpdta_nev_dr", "mpdta_nyt_dr" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_group_time_att_and_se_matches_r_did(string scenario)
    {
        var expected = DidReferenceData.GroupTime().Where(r => r.Scenario == scenario).ToArray();

        var result = StaggeredDid.Estimate(DidReferenceData.Mpdta(), DidReferenceData.Options(scenario));

        Assert.Equal(expected.Length, result.GroupTimeEffects.Count);
        var deviation = 0.0;
        foreach (var row in expected)
        {
            var actual = Assert.Single(result.GroupTimeEffects, e => e.Group == row.Group && e.Time == row.Time);
            Assert.Equal(row.Att, actual.Att, Tolerance);
            Assert.Equal(row.Se, actual.Se, Tolerance);
            deviation = Math.Max(deviation, Math.Max(Math.Abs(row.Att - actual.Att), Math.Abs(row.Se - actual.Se)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario} ref_attgt max |deviation| = {deviation:E2}"));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_aggregation_element_and_overall_matches_r_aggte(string scenario)
    {
        var expected = DidReferenceData.Aggregations().Where(r => r.Scenario == scenario).ToArray();

        var result = StaggeredDid.Estimate(DidReferenceData.Mpdta(), DidReferenceData.Options(scenario));

        var deviation = 0.0;
        foreach (var row in expected)
        {
            var aggregation = row.Type switch
            {
                "simple" => result.Simple,
                "dynamic" => result.Dynamic,
                "group" => result.Group,
                "calendar" => result.Calendar,
                _ => throw new InvalidOperationException(row.Type),
            };
            Assert.Equal(row.Overall, aggregation.Overall, Tolerance);
            Assert.Equal(row.OverallSe, aggregation.OverallSe, Tolerance);
            deviation = Math.Max(deviation, Math.Max(Math.Abs(row.Overall - aggregation.Overall), Math.Abs(row.OverallSe - aggregation.OverallSe)));
            if (row.Element is { } element)
            {
                var actual = Assert.Single(aggregation.Elements, e => e.Element == element);
                Assert.Equal(row.Att!.Value, actual.Att, Tolerance);
                Assert.Equal(row.Se!.Value, actual.Se, Tolerance);
                deviation = Math.Max(deviation, Math.Max(Math.Abs(row.Att.Value - actual.Att), Math.Abs(row.Se.Value - actual.Se)));
            }
            else
            {
                Assert.Empty(aggregation.Elements);
            }
        }

        Assert.Equal(expected.Count(r => r.Type == "dynamic"), result.Dynamic.Elements.Count);
        Assert.Equal(expected.Count(r => r.Type == "group"), result.Group.Elements.Count);
        Assert.Equal(expected.Count(r => r.Type == "calendar"), result.Calendar.Elements.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario} ref_aggte max |deviation| = {deviation:E2}"));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Wald_pretest_matches_r_did(string scenario)
    {
        var expected = Assert.Single(DidReferenceData.Pretest(), r => r.Scenario == scenario);

        var result = StaggeredDid.Estimate(DidReferenceData.Mpdta(), DidReferenceData.Options(scenario));

        var pretest = Assert.IsType<ParallelTrendsPretest>(result.Pretest);
        Assert.Equal(5, pretest.DegreesOfFreedom);
        Assert.Equal(expected.W, pretest.W, Tolerance);
        Assert.Equal(expected.PValue, pretest.PValue, RoundedPValueTolerance);
        Assert.Equal(expected.PValue, Math.Round(pretest.PValue, 5));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario} ref_pretest |ΔW| = {Math.Abs(expected.W - pretest.W):E2}, |Δp| = {Math.Abs(expected.PValue - pretest.PValue):E2} (p unrounded {pretest.PValue:F8})"));
    }

    [Fact]
    public void Headline_values_of_the_reference_readme_are_reproduced()
    {
        var result = StaggeredDid.Estimate(DidReferenceData.Mpdta(), DidReferenceData.Options("mpdta_nev_dr"));

        Assert.Equal(-0.0399513, result.Simple.Overall, 7);
        Assert.Equal(0.0120340, result.Simple.OverallSe, 7);
        Assert.Equal(-0.0772398, result.Dynamic.Overall, 7);
        Assert.Equal(0.0199650, result.Dynamic.OverallSe, 7);
        Assert.Equal(500, result.Units);
    }

    [Fact]
    public void Doubly_robust_without_covariates_equals_the_plain_difference_of_means()
    {
        var data = DidReferenceData.Mpdta();
        var dr = StaggeredDid.Estimate(data, DidReferenceData.Options("mpdta_nyt_dr"));

        foreach (var method in new[] { DidMethod.Unconditional, DidMethod.InverseProbabilityWeighting, DidMethod.OutcomeRegression })
        {
            var other = StaggeredDid.Estimate(data, DidReferenceData.Options("mpdta_nyt_dr") with { Method = method });
            for (var k = 0; k < dr.GroupTimeEffects.Count; k++)
            {
                Assert.Equal(dr.GroupTimeEffects[k].Att, other.GroupTimeEffects[k].Att, 1e-12);
                Assert.Equal(dr.GroupTimeEffects[k].Se, other.GroupTimeEffects[k].Se, 1e-12);
            }
        }
    }
}
