using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class NearestNeighbourMatcherTests
{
    private static (int Treated, int Control)[] Links(MatchedSample sample) =>
        [.. sample.Pairs.Select(p => (p.TreatedRow, p.ControlRow))];

    [Theory]
    [InlineData(0.25, 0.75, 1)]
    [InlineData(0.75, 0.25, 1)]
    public void Equidistant_controls_go_to_the_one_first_in_data_order(double first, double second, int expected)
    {
        double[] scores = [0.5, first, second];
        bool[] treated = [true, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated);

        Assert.Equal([(0, expected)], Links(sample));
    }

    [Fact]
    public void Treated_units_with_equal_scores_are_served_in_data_order()
    {
        double[] scores = [0.5, 0.5, 0.5];
        bool[] treated = [true, false, true];

        var sample = NearestNeighbourMatcher.Match(scores, treated);

        Assert.Equal([(0, 1)], Links(sample));
        Assert.Equal(1, sample.Counts.TreatedUnmatched);
        Assert.Equal([1.0, 1.0, 0.0], sample.Weights);
    }

    [Fact]
    public void The_highest_score_chooses_first_even_when_a_lower_one_is_closer()
    {
        // Row 0 (0.375) is nearer to the 0.5 control, but row 1 (0.75) is matched first and takes it.
        double[] scores = [0.375, 0.75, 0.5, 0.125];
        bool[] treated = [true, true, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated);

        Assert.Equal([(1, 2), (0, 3)], Links(sample));
        Assert.Equal([1, 2], sample.Pairs.Select(p => p.SetId));
    }

    [Fact]
    public void A_treated_unit_without_a_control_inside_the_caliper_stays_unmatched()
    {
        // SD of the four scores = √(0.321875 / 3) = 0.32755; caliper 0.5 SD = 0.16378.
        double[] scores = [0.9, 0.5, 0.45, 0.1];
        bool[] treated = [true, true, false, false];

        var withCaliper = NearestNeighbourMatcher.Match(scores, treated, caliper: 0.5);
        var without = NearestNeighbourMatcher.Match(scores, treated);

        Assert.Equal([(1, 2)], Links(withCaliper));
        Assert.Equal(new MatchCounts(2, 1, 2, 1), withCaliper.Counts);
        Assert.Equal(1, withCaliper.Counts.TreatedUnmatched);
        Assert.Equal([0.0, 1.0, 1.0, 0.0], withCaliper.Weights);
        Assert.Equal([(0, 2), (1, 3)], Links(without));
    }

    [Fact]
    public void With_replacement_a_control_serves_two_treated_units_and_weighs_more()
    {
        double[] scores = [0.8, 0.7, 0.2, 0.75, 0.1];
        bool[] treated = [true, true, true, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated, replace: true);

        Assert.Equal([(0, 3), (1, 3), (2, 4)], Links(sample));
        // Raw control weights 2 and 1, rescaled to sum to the 2 distinct controls: 4/3 and 2/3.
        Assert.Equal(4.0 / 3, sample.Weights[3], 12);
        Assert.Equal(2.0 / 3, sample.Weights[4], 12);
        Assert.All(sample.Pairs, p => Assert.Equal(2.0 / 3, p.Weight, 12));
        Assert.Equal(new MatchCounts(3, 3, 2, 2), sample.Counts);
    }

    [Fact]
    public void Without_replacement_the_same_data_leaves_the_last_treated_unit_unmatched()
    {
        double[] scores = [0.8, 0.7, 0.2, 0.75, 0.1];
        bool[] treated = [true, true, true, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated);

        Assert.Equal([(0, 3), (1, 4)], Links(sample));
        Assert.Equal(0.0, sample.Weights[2]);
    }

    [Fact]
    public void Ratio_two_offers_every_treated_unit_a_first_control_before_any_gets_a_second()
    {
        // Round 1: 0.9 → 0.85, 0.6 → 0.65. Round 2: 0.9 → 0.1 (the only one left); 0.6 gets none.
        double[] scores = [0.9, 0.6, 0.85, 0.65, 0.1];
        bool[] treated = [true, true, false, false, false];

        var sample = NearestNeighbourMatcher.Match(scores, treated, ratio: 2);

        Assert.Equal([(0, 2), (0, 4), (1, 3)], Links(sample));
        Assert.Equal([1, 1, 2], sample.Pairs.Select(p => p.SetId));
        // Raw: 1/2, 1, 1/2 (sum 2) rescaled to the 3 distinct controls: × 1.5.
        Assert.Equal([1.0, 1.0, 0.75, 1.5, 0.75], sample.Weights.Select(w => Math.Round(w, 12)));
        Assert.Equal(3.0, sample.Weights.Where((_, i) => !treated[i]).Sum(), 12);
    }

    [Fact]
    public void Exact_blocks_keep_matches_inside_their_block()
    {
        // Treated A (0.5) would take the 0.5 control of block B without blocks.
        double[] scores = [0.5, 0.5, 0.875, 0.5, 0.25, 0.4];
        bool[] treated = [true, true, false, false, false, true];
        string[] blocks = ["A", "B", "A", "B", "A", "C"];

        var sample = NearestNeighbourMatcher.Match(scores, treated, blocks);

        Assert.Equal([(0, 4), (1, 3)], Links(sample));
        Assert.Equal(new MatchCounts(3, 2, 3, 2), sample.Counts);
    }

    [Fact]
    public void A_caliper_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestNeighbourMatcher.Match([0.1, 0.2], [true, false], caliper: 0));
    }
}
