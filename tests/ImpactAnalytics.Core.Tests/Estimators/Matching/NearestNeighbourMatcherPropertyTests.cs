using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

/// <summary>
/// The sorted-pool matcher against the scanning reference on seeded random inputs: same pairs in the same order, same
/// set ids, bit-identical weights and counts. Scores come from coarse grids (many exact ties, and distances that tie
/// or nearly tie after rounding, such as 0.3 − 0.1 against 0.5 − 0.3) or are continuous; blocks, calipers, ratio
/// 1–3, with and without replacement all vary.
/// </summary>
public sealed class NearestNeighbourMatcherPropertyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Sorted_search_gives_the_same_sample_as_scanning_every_control(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 250; run++)
        {
            var input = RandomInput(random, random.Next(1, 80));

            AssertSame(input);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(102)]
    public void Sorted_search_agrees_with_the_scan_on_large_samples(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 6; run++)
        {
            var input = RandomInput(random, 3000);

            AssertSame(input);
        }
    }

    [Fact]
    public void Controls_equidistant_on_both_sides_go_to_the_lower_data_row()
    {
        // 0.5 − 0.25 = 0.75 − 0.5 exactly: the control at 0.75 comes first in the data.
        double[] scores = [0.5, 0.75, 0.25, 0.75];
        bool[] treated = [true, false, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated, ratio: 3);

        Assert.Equal([1, 2, 3], sample.Pairs.Select(p => p.ControlRow));
    }

    private static void AssertSame(Input input)
    {
        var expected = ReferenceNearestNeighbourMatcher.Match(input.Scores, input.Treated, input.Blocks, input.Ratio, input.Replace, input.Caliper);

        var actual = NearestNeighbourMatcher.Match(input.Scores, input.Treated, input.Blocks, input.Ratio, input.Replace, input.Caliper);

        Assert.Equal(expected.Pairs, actual.Pairs);
        Assert.Equal(expected.Weights, actual.Weights);
        Assert.Equal(expected.Counts, actual.Counts);
    }

    private static Input RandomInput(Random random, int n)
    {
        // Grids: eighths (exact distances), tenths (distances that round), a few values only (long runs of ties).
        var grid = random.Next(4);
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = grid switch
            {
                0 => random.Next(9) / 8.0,
                1 => random.Next(11) / 10.0,
                2 => random.Next(3) * 0.3,
                _ => random.NextDouble(),
            };
        }

        var share = 0.1 + (0.6 * random.NextDouble());
        var treated = Enumerable.Range(0, n).Select(_ => random.NextDouble() < share).ToArray();
        var blockCount = random.Next(4);
        var blocks = blockCount == 0 ? null : Enumerable.Range(0, n).Select(_ => ((char)('A' + random.Next(blockCount))).ToString()).ToArray();
        double?[] calipers = [null, null, 0.02, 0.1, 0.25, 1.0];
        return new Input(scores, treated, blocks, 1 + random.Next(3), random.Next(2) == 1, calipers[random.Next(calipers.Length)]);
    }

    private sealed record Input(double[] Scores, bool[] Treated, string[]? Blocks, int Ratio, bool Replace, double? Caliper);
}
