using ImpactAnalytics.Core.Benchmarks;

namespace ImpactAnalytics.Core.Tests.Benchmarks;

public sealed class OrderStatisticsTests
{
    [Fact]
    public void Median_by_selection_equals_the_type_7_median_of_the_sorted_values()
    {
        var random = new Random(20240501);
        for (var n = 1; n <= 400; n += n < 80 ? 1 : 17)
        {
            // Few distinct values (many ties), many distinct values, and signed zeros among them.
            var values = Enumerable.Range(0, n)
                .Select(i => (i % 3) switch
                {
                    0 => Math.Round(random.NextDouble() * 4) - 2,
                    1 => random.NextDouble() - 0.5,
                    _ => i % 2 == 0 ? -0.0 : 0.0,
                })
                .ToArray();
            var sorted = values.ToArray();
            Array.Sort(sorted);

            var median = OrderStatistics.Median(values.AsSpan());

            Assert.Equal(Quantiles.Median(sorted), median);
        }
    }

    [Fact]
    public void Selection_puts_the_kth_value_in_place_with_nothing_larger_before_and_nothing_smaller_after()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 1000).Select(_ => (double)random.Next(50)).ToArray();
        var sorted = values.OrderBy(v => v).ToArray();

        OrderStatistics.Select(values, 321);

        Assert.Equal(sorted[321], values[321]);
        Assert.All(values[..321], v => Assert.True(v <= values[321]));
        Assert.All(values[322..], v => Assert.True(v >= values[321]));
    }

    [Fact]
    public void Median_by_selection_of_sorted_and_reversed_values_is_the_middle()
    {
        var ascending = Enumerable.Range(0, 1001).Select(i => (double)i).ToArray();
        var descending = ascending.Reverse().ToArray();

        Assert.Equal(500.0, OrderStatistics.Median(ascending));
        Assert.Equal(500.0, OrderStatistics.Median(descending));
        Assert.Equal(499.5, OrderStatistics.Median(ascending.AsSpan(0, 1000)));
    }
}
