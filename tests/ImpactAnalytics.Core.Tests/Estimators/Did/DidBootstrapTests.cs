using ImpactAnalytics.Core.Estimators.Did;

namespace ImpactAnalytics.Core.Tests.Estimators.Did;

public sealed class DidBootstrapTests
{
    private static DidOptions WithSeed(int seed) => DidReferenceData.Options("mpdta_nev_dr") with
    {
        Bootstrap = new() { Replicates = 999, Seed = seed },
    };

    [Fact]
    public void Same_seed_gives_identical_bands()
    {
        var data = DidReferenceData.Mpdta();

        var a = StaggeredDid.Estimate(data, WithSeed(42));
        var b = StaggeredDid.Estimate(data, WithSeed(42));

        Assert.Equal(a.CriticalValue, b.CriticalValue);
        Assert.Equal(a.GroupTimeEffects, b.GroupTimeEffects);
        Assert.Equal(a.Dynamic.Elements, b.Dynamic.Elements);
        Assert.Equal(a.Dynamic.CriticalValue, b.Dynamic.CriticalValue);
    }

    [Fact]
    public void Another_seed_gives_other_draws()
    {
        var data = DidReferenceData.Mpdta();

        var a = StaggeredDid.Estimate(data, WithSeed(42));
        var b = StaggeredDid.Estimate(data, WithSeed(43));

        Assert.NotEqual(a.CriticalValue, b.CriticalValue);
    }

    [Fact]
    public void Uniform_band_is_wider_than_pointwise_and_bootstrap_se_is_close_to_analytic()
    {
        var result = StaggeredDid.Estimate(DidReferenceData.Mpdta(), WithSeed(7));

        // 12 cells: the simultaneous critical value lies between the pointwise 1.96 and the Bonferroni 2.87.
        Assert.InRange(result.CriticalValue, 1.96, 3.2);
        Assert.All(result.GroupTimeEffects, e =>
        {
            Assert.InRange(e.BootstrapSe / e.Se, 0.85, 1.15);
            Assert.InRange(e.Att, e.BandLower, e.BandUpper);
            Assert.Equal(e.BandUpper - e.Att, result.CriticalValue * e.BootstrapSe, 12);
        });
        Assert.InRange(result.Dynamic.CriticalValue, 1.96, 3.2);
    }

    [Fact]
    public void Mammen_weights_have_mean_zero_and_variance_one()
    {
        var v = new double[200_000];

        MultiplierBootstrap.FillWeights(v, seed: 1, replicate: 0);

        var mean = v.Average();
        var variance = v.Select(x => (x - mean) * (x - mean)).Average();
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(variance, 0.98, 1.02);
        Assert.Equal(2, v.Distinct().Count());
    }
}
