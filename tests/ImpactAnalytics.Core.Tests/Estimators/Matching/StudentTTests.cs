using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class StudentTTests
{
    // Reference quantiles: t(1) is Cauchy, tan(0.475π); t(2) closed form 2√2·(p − 1/2)/√(4p(1 − p)); the others from tables.
    [Theory]
    [InlineData(0.975, 1.0, 12.706204736174698)]
    [InlineData(0.975, 2.0, 4.302652729749464)]
    [InlineData(0.975, 10.0, 2.228138851986274)]
    [InlineData(0.95, 30.0, 1.697260886593765)]
    public void Quantiles_match_reference_values(double p, double df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(p, df), 8);
    }

    [Theory]
    [InlineData(1000.0)]
    [InlineData(1e5)]
    [InlineData(1e7)]
    public void Large_degrees_of_freedom_follow_the_cornish_fisher_expansion(double df)
    {
        // t_ν ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²) + (3z⁷ + 19z⁵ + 17z³ − 15z)/(384ν³), error O(ν⁻⁴).
        const double z = 1.959963984540054;
        var expected = z + ((Math.Pow(z, 3) + z) / (4 * df)) + (((5 * Math.Pow(z, 5)) + (16 * Math.Pow(z, 3)) + (3 * z)) / (96 * df * df))
            + (((3 * Math.Pow(z, 7)) + (19 * Math.Pow(z, 5)) + (17 * Math.Pow(z, 3)) - (15 * z)) / (384 * df * df * df));

        Assert.Equal(expected, StudentT.Quantile(0.975, df), 9);
    }

    [Fact]
    public void The_two_sided_p_value_of_the_quantile_is_its_tail_mass()
    {
        var q = StudentT.Quantile(0.975, 7);

        Assert.Equal(0.05, StudentT.TwoSidedPValue(q, 7), 12);
        Assert.Equal(0.05, StudentT.TwoSidedPValue(-q, 7), 12);
    }
}
