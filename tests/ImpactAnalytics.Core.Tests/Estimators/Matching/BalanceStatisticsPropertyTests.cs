using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The balance statistics against the first implementation (<see cref="ReferenceBalanceStatistics"/>) on seeded random
/// inputs: bit-identical rows. Values come from coarse grids (long runs of ties, −0 beside +0), 0/1 variables or are
/// continuous; weights are 0, 1 or fractions (as with ratio k or replacement); treated shares vary from none to all.
/// </summary>
public sealed class BalanceStatisticsPropertyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fast_rows_equal_the_reference_bit_for_bit(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 300; run++)
        {
            var (values, treated, weights) = RandomInput(random, random.Next(1, 60));

            var actual = BalanceStatistics.Row("x", values, treated, weights);

            AssertSame(ReferenceBalanceStatistics.Row("x", values, treated, weights), actual);
        }
    }

    [Fact]
    public void Variables_sharing_one_workspace_equal_the_reference()
    {
        // The matching computes every variable's row with the same buffers; leftovers of a longer sort must not leak.
        var random = new Random(42);
        var (_, treated, weights) = RandomInput(random, 2000);
        var workspace = new BalanceWorkspace(weights);
        for (var variable = 0; variable < 8; variable++)
        {
            var values = RandomInput(random, 2000).Values;

            var actual = BalanceStatistics.Row("v", values, treated, workspace);

            AssertSame(ReferenceBalanceStatistics.Row("v", values, treated, weights), actual);
        }
    }

    private static void AssertSame(BalanceRow expected, BalanceRow actual)
    {
        Assert.Equal(expected.IsBinary, actual.IsBinary);
        double?[] e =
        [
            expected.MeanTreatedBefore, expected.MeanControlBefore, expected.MeanTreatedAfter, expected.MeanControlAfter,
            expected.SmdBefore, expected.SmdAfter, expected.VarianceRatioBefore, expected.VarianceRatioAfter,
            expected.EcdfMeanBefore, expected.EcdfMeanAfter, expected.EcdfMaxBefore, expected.EcdfMaxAfter,
        ];
        double?[] a =
        [
            actual.MeanTreatedBefore, actual.MeanControlBefore, actual.MeanTreatedAfter, actual.MeanControlAfter,
            actual.SmdBefore, actual.SmdAfter, actual.VarianceRatioBefore, actual.VarianceRatioAfter,
            actual.EcdfMeanBefore, actual.EcdfMeanAfter, actual.EcdfMaxBefore, actual.EcdfMaxAfter,
        ];
        Assert.Equal(e.Select(Bits), a.Select(Bits));
    }

    private static long? Bits(double? x) => x is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private static (double[] Values, bool[] Treated, double[] Weights) RandomInput(Random random, int n)
    {
        var grid = random.Next(5);
        var values = new double[n];
        var treated = new bool[n];
        var weights = new double[n];
        var treatedShare = random.NextDouble();
        double[] fractions = [0, 0, 1, 1, 1, 0.5, 1.0 / 3, 2.0 / 3, 0.25, 1.5];
        for (var i = 0; i < n; i++)
        {
            values[i] = grid switch
            {
                0 => random.Next(-3, 4) / 2.0 * (random.Next(2) == 0 ? 1.0 : -1.0),
                1 => random.Next(2),
                2 => random.Next(6) / 10.0,
                3 => Math.Round(random.NextDouble() * 40.0),
                _ => (random.NextDouble() * 20.0) - 10.0,
            };
            treated[i] = random.NextDouble() < treatedShare;
            weights[i] = fractions[random.Next(fractions.Length)];
        }

        return (values, treated, weights);
    }
}
