using ImpactAnalytics.Core.Aggregates;

namespace ImpactAnalytics.Core.Tests.Aggregates;

public sealed class BootstrapTests
{
    private static readonly double[] Values = [0.1, -0.2, 0.35, 0.05, 0.4, -0.1, 0.2];

    [Fact]
    public void Same_seed_gives_the_same_interval()
    {
        Assert.Equal(Bootstrap.MeanInterval(Values, 2000, 42), Bootstrap.MeanInterval(Values, 2000, 42));
    }

    [Fact]
    public void Another_seed_gives_another_interval()
    {
        Assert.NotEqual(Bootstrap.MeanInterval(Values, 2000, 42), Bootstrap.MeanInterval(Values, 2000, 43));
    }

    [Fact]
    public void The_interval_surrounds_the_mean_and_stays_within_the_data()
    {
        var (low, high) = Bootstrap.MeanInterval(Values, 2000, 42)!.Value;

        Assert.InRange(Values.Average(), low, high);
        Assert.True(low >= Values.Min() && high <= Values.Max());
    }

    [Fact]
    public void Identical_values_give_a_point_interval()
    {
        Assert.Equal((0.3, 0.3), Bootstrap.MeanInterval([0.3, 0.3, 0.3], 100, 1));
    }

    [Fact]
    public void A_single_value_has_no_interval()
    {
        Assert.Null(Bootstrap.MeanInterval([0.3], 100, 1));
    }
}
