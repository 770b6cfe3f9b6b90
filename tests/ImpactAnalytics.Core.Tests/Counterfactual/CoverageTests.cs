using ImpactAnalytics.Core.Counterfactual;

namespace ImpactAnalytics.Core.Tests.Counterfactual;

/// <summary>
/// The fast version of the coverage study (bench <c>coverage</c> runs 40 seeds of 5,000 firms): the DiD's 95 % interval
/// of the ln LP effect covers the planted ln 1.03 and the descriptive premium's does not. The seeds are fixed, so the
/// test is deterministic; the risk is that these five seeds are unrepresentative. With a true coverage of 95 % the
/// chance of three or fewer covers in five is 1 − 0.95⁵ − 5·0.05·0.95⁴ ≈ 2.3 %, so "at least four of five" is a test a
/// correct estimator passes and an estimator with the premium's selection bias (coverage 0 in 40 seeds) cannot.
/// </summary>
public sealed class CoverageTests(ImpactPopulations populations) : IClassFixture<ImpactPopulations>
{
    [Fact]
    public void The_did_interval_of_ln_lp_covers_the_planted_effect_in_at_least_four_of_five_seeds()
    {
        var covers = populations.Planted.Count(p => p.Impact.Simple(ImpactOutcome.LnLabourProductivity)!.Covers(p.Truth.LogEffect));

        Assert.True(covers >= 4, $"covered in {covers} of 5 seeds: {Describe(populations.Planted)}");
    }

    [Fact]
    public void The_descriptive_premium_of_the_same_firms_covers_the_planted_effect_in_no_seed()
    {
        Assert.All(populations.Planted, p =>
        {
            Assert.NotNull(p.Premium.MeanLogRatio);
            Assert.False(p.Premium.Covers(p.Truth.LogEffect), $"premium {p.Premium.MeanLogRatio} ({p.Premium.CiLow}, {p.Premium.CiHigh})");
            Assert.True(p.Premium.CiLow > p.Truth.LogEffect);
        });
    }

    [Fact]
    public void Without_a_planted_effect_the_did_interval_of_ln_lp_covers_zero()
    {
        var simple = populations.NoEffect.Impact.Simple(ImpactOutcome.LnLabourProductivity)!;

        Assert.True(simple.Covers(0), $"{simple.Estimate} ({simple.CiLow}, {simple.CiHigh})");
    }

    [Fact]
    public void The_event_study_before_joining_is_centred_on_zero_and_after_joining_on_the_effect()
    {
        var rows = populations.Planted
            .SelectMany(p => p.Impact.Did)
            .Where(r => r.Outcome == "ln_lp" && r.Estimand == DidEstimand.Dynamic && r.EventTime is >= -3 and <= 3)
            .ToArray();

        var pre = rows.Where(r => r.EventTime < 0).Average(r => r.Estimate);
        var post = rows.Where(r => r.EventTime >= 0).Average(r => r.Estimate);
        Assert.InRange(pre, -0.01, 0.01);
        Assert.InRange(post, 0.02, 0.04);
    }

    private static string Describe(IEnumerable<ImpactPopulations.Analysed> seeds) => string.Join("; ", seeds.Select(p =>
        p.Impact.Simple(ImpactOutcome.LnLabourProductivity) is { } s ? $"{s.Estimate:F4} ({s.CiLow:F4}, {s.CiHigh:F4})" : "none"));
}
