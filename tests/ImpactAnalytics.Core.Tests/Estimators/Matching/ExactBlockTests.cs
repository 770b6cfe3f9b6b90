using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// Block numbers of exact matching against the joined keys they replace: two rows share a number exactly when their
/// keys are equal, on random tables with numeric columns (−0 beside +0, equal values), categorical columns (equal
/// text in distinct string instances) and a category holding the key separator.
/// </summary>
public sealed class ExactBlockTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Blocks_partition_rows_as_the_keys_do(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 40; run++)
        {
            var n = random.Next(1, 200);
            string[] levels = random.Next(4) == 0 ? ["a", "a\u001fb", "b", "b\u001fa", "ab"] : ["20", "21", "46", "2018", "2019"];
            var table = CovariateTable.Empty
                .AddNumeric("n", Enumerable.Range(0, n).Select(_ => random.Next(3) switch { 0 => -0.0, 1 => 0.0, _ => random.Next(3) / 2.0 }))
                .AddCategorical("c1", Enumerable.Range(0, n).Select(_ => new string(levels[random.Next(levels.Length)].AsSpan())))
                .AddCategorical("c2", Enumerable.Range(0, n).Select(_ => levels[random.Next(levels.Length)]));
            var columns = new[] { "c1", "n", "c2" }.Take(random.Next(1, 4)).ToArray();

            var (ids, count) = ExactBlocks.Number(table, columns);

            var keys = CovariateDesign.ExactKeys(table, columns);
            Assert.Equal(keys.Distinct(StringComparer.Ordinal).Count(), count);
            for (var i = 0; i < n; i++)
            {
                Assert.InRange(ids[i], 0, count - 1);
                for (var j = 0; j < i; j++)
                {
                    Assert.Equal(string.Equals(keys[i], keys[j], StringComparison.Ordinal), ids[i] == ids[j]);
                }
            }
        }
    }
}
