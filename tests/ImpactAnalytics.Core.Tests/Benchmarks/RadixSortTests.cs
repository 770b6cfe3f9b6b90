using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Tests.Benchmarks;

public sealed class RadixSortTests
{
    [Fact]
    public void Sorts_like_array_sort_and_moves_each_payload_with_its_value()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 5000)
            .Select(i => i % 7 == 0 ? Math.Round(random.NextDouble() * 10) : (random.NextDouble() - 0.4) * Math.Pow(10, random.Next(-3, 7)))
            .Concat([0.0, -1e300, 1e300, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon])
            .ToArray();
        var items = Enumerable.Range(0, values.Length).ToArray();
        var original = (double[])values.Clone();
        var expected = (double[])values.Clone();
        Array.Sort(expected);

        RadixSort.Sort(values, items, values.Length, new ulong[values.Length], new ulong[values.Length], new int[values.Length]);

        Assert.Equal(expected, values);
        Assert.All(Enumerable.Range(0, values.Length), i => Assert.Equal(original[items[i]], values[i]));
    }

    [Fact]
    public void Equal_values_keep_their_order()
    {
        double[] values = [3, 1, 3, 1, 2];
        int[] items = [0, 1, 2, 3, 4];

        RadixSort.Sort(values, items, 5, new ulong[5], new ulong[5], new int[5]);

        Assert.Equal([1, 3, 4, 0, 2], items);
    }

    [Fact]
    public void Only_the_first_n_values_are_sorted()
    {
        double[] values = [5, 4, 3, 2, 1];
        int[] items = [0, 1, 2, 3, 4];

        RadixSort.Sort(values, items, 3, new ulong[5], new ulong[5], new int[5]);

        Assert.Equal([3, 4, 5, 2, 1], values);
        Assert.Equal([2, 1, 0, 3, 4], items);
    }
}
