using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class ValueSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Ascending_is_the_stable_sort_by_value(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 50; run++)
        {
            var values = RandomValues(random, random.Next(0, 3000));

            var order = ValueSort.Ascending(values);

            var expected = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
            Assert.Equal(expected, order);
        }
    }

    [Fact]
    public void Keys_order_as_the_doubles_and_minus_zero_equals_zero()
    {
        double[] values = [-1e300, -2.5, -1e-300, -0.0, 0.0, double.Epsilon, 1e-300, 0.5, 1.0, 3.0, 1e300];

        var keys = values.Select(ValueSort.Key).ToArray();

        Assert.Equal(keys[3], keys[4]);
        for (var i = 1; i < keys.Length; i++)
        {
            Assert.True(i == 4 || keys[i - 1] < keys[i], $"key {i - 1} < key {i}");
        }
    }

    [Fact]
    public void Sorting_keys_alone_gives_them_ascending()
    {
        var random = new Random(7);
        var values = RandomValues(random, 5000);
        var keys = values.Select(ValueSort.Key).ToArray();

        ValueSort.Sort(keys, keys.Length, new ulong[keys.Length]);

        Assert.Equal(values.Select(ValueSort.Key).Order(), keys);
    }

    private static double[] RandomValues(Random random, int n)
    {
        var grid = random.Next(3);
        return
        [
            .. Enumerable.Range(0, n).Select(_ => grid switch
            {
                0 => random.Next(-4, 5) * (random.Next(2) == 0 ? 0.0 : 1.0) * (random.Next(2) == 0 ? 1.0 : -1.0),
                1 => Math.Round(random.NextDouble() * 100.0),
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6)),
            }),
        ];
    }
}
