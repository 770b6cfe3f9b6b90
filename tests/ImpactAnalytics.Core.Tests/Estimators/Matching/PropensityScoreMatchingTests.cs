using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class PropensityScoreMatchingTests
{
    private static readonly PsmSpecification Spec = new("treated", "y", ["x1", "x2", "sector"]);

    [Fact]
    public void A_planted_effect_is_recovered_within_its_interval_while_the_raw_difference_is_biased()
    {
        const double effect = 0.5;
        var table = PsmData.Simulate(3000, effect, seed: 100);
        var treated = table.Numeric("treated");
        var y = table.Numeric("y");
        var raw = y.Where((_, i) => treated[i] == 1).Average() - y.Where((_, i) => treated[i] == 0).Average();

        var result = PropensityScoreMatching.Run(table, Spec with { Caliper = 0.2 });

        Assert.True(raw - effect > 0.5, $"raw difference {raw} should be biased upward");
        Assert.InRange(effect, result.RegressionAdjusted.ConfidenceLow, result.RegressionAdjusted.ConfidenceHigh);
        Assert.InRange(effect, result.DifferenceInMeans.ConfidenceLow, result.DifferenceInMeans.ConfidenceHigh);
        var x1 = result.Balance.Single(b => b.Covariate == "x1");
        Assert.True(Math.Abs(x1.SmdBefore!.Value) > 0.5);
        Assert.True(Math.Abs(x1.SmdAfter!.Value) < 0.1);
    }

    [Fact]
    public void Across_twenty_seeds_the_intervals_cover_the_planted_effect_at_about_their_nominal_rate()
    {
        // With a correct outcome model the regression-adjusted estimate is unbiased in any matched sample; 95 %
        // intervals should miss in about 1 of 20 replications (at most 3 of 20 has probability 0.98).
        const double effect = 0.5;
        var results = Enumerable.Range(200, 20)
            .Select(seed => PropensityScoreMatching.Run(PsmData.Simulate(2000, effect, seed), Spec with { Caliper = 0.2 }).RegressionAdjusted)
            .ToArray();

        var covered = results.Count(r => r.ConfidenceLow <= effect && effect <= r.ConfidenceHigh);
        Assert.InRange(covered, 17, 20);
        Assert.InRange(results.Average(r => r.Estimate), effect - 0.05, effect + 0.05);
    }

    [Fact]
    public void One_matching_shared_by_several_outcomes_gives_what_a_run_per_outcome_gives()
    {
        var table = PsmData.Simulate(900, 0.4, seed: 21);
        var spec = new PsmSpecification("treated", "y", ["x2", "sector"]) { Caliper = 0.2 };

        var matching = PropensityScoreMatching.Match(table, spec);

        foreach (var outcome in new[] { "y", "x1" })
        {
            var alone = PropensityScoreMatching.Run(table, spec with { Outcome = outcome });
            var shared = PropensityScoreMatching.Result(matching, table, outcome, spec.ConfidenceLevel);
            AssertSameEffect(alone.DifferenceInMeans, shared.DifferenceInMeans);
            AssertSameEffect(alone.RegressionAdjusted, shared.RegressionAdjusted);
            Assert.Equal(alone.Counts, shared.Counts);
            Assert.Equal(alone.Balance, shared.Balance);
            Assert.Equal(alone.Weights, shared.Weights);
        }
    }

    [Fact]
    public void Categorical_covariates_enter_the_model_as_dummies_against_the_first_level()
    {
        var table = PsmData.Simulate(600, 0.5, seed: 7);

        var result = PropensityScoreMatching.Run(table, Spec);

        Assert.Equal(["(Intercept)", "x1", "x2", "sector=C20", "sector=H49"], result.Coefficients.Select(c => c.Name));
        Assert.Equal(
            ["propensity score", "x1", "x2", "sector=C10", "sector=C20", "sector=H49"],
            result.Balance.Select(b => b.Covariate));
        Assert.True(result.Balance.Single(b => b.Covariate == "x2").IsBinary);
    }

    [Fact]
    public void The_same_input_gives_the_same_matches_and_weights_with_every_number_finite()
    {
        var table = PsmData.Simulate(600, 0.5, seed: 11);
        var spec = Spec with { Ratio = 2, Replace = true, Exact = ["sector"] };

        var first = PropensityScoreMatching.Run(table, spec);
        var second = PropensityScoreMatching.Run(table, spec);

        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.Weights, second.Weights);
        Assert.All(first.Pairs, p => Assert.Equal(table.Categorical("sector")[p.TreatedRow], table.Categorical("sector")[p.ControlRow]));
        Assert.All(first.Balance, b => Assert.True(double.IsFinite(b.EcdfMeanAfter) && double.IsFinite(b.MeanControlAfter)));
        Assert.True(double.IsFinite(first.RegressionAdjusted.StandardError));
    }

    [Fact]
    public void With_replacement_sets_sharing_a_control_form_one_cluster()
    {
        var sample = NearestNeighbourMatcher.Match([0.8, 0.7, 0.2, 0.75, 0.1], [true, true, true, false, false], replace: true);

        var clusters = PropensityScoreMatching.Clusters(sample, 5);

        Assert.Equal([1, 1, 3, 1, 3], clusters);
    }

    [Theory]
    [InlineData(2.0, "row 3 has 2")]
    [InlineData(-1.0, "row 3 has -1")]
    [InlineData(0.5, "row 3 has 0.5")]
    public void A_treatment_that_is_not_zero_or_one_names_the_row_and_value(double bad, string expected)
    {
        var table = PsmData.Small([1, 0, bad, 0], [1, 2, 3, 4], [1, 2, 3, 4]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"])));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("'treated'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_treatment_names_the_first_offending_row()
    {
        var table = CovariateTable.Empty.AddCategorical("treated", ["1", "0", "yes"]).AddNumeric("x", [1, 2, 3]).AddNumeric("y", [1, 2, 3]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"])));

        Assert.Contains("row 3 has 'yes'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_controls_is_refused()
    {
        var table = PsmData.Small([1, 1, 1], [1, 2, 3], [1, 2, 3]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"])));

        Assert.StartsWith("No control units", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_covariate_is_refused_by_name()
    {
        var table = PsmData.Small([1, 0, 1, 0], [2, 2, 2, 2], [1, 2, 3, 4]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"])));

        Assert.Contains("Covariate 'x' is constant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perfect_separation_in_the_propensity_model_is_refused()
    {
        var table = PsmData.Small([0, 0, 0, 1, 1, 1], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"])));

        Assert.Contains("separation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var table = PsmData.Small([0, 1], [1, 2], [1, 2]);

        var e = Assert.Throws<EstimationException>(() => PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["size"])));

        Assert.Contains("Column 'size' is not in the data", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_treated_unit_matched_inside_exact_blocks_is_refused()
    {
        var table = PsmData.Small([1, 0, 1, 0, 0, 1], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6])
            .AddCategorical("block", ["A", "B", "A", "B", "B", "A"]);

        var e = Assert.Throws<EstimationException>(() =>
            PropensityScoreMatching.Run(table, new PsmSpecification("treated", "y", ["x"]) { Exact = ["block"] }));

        Assert.Contains("No treated unit found a control within its exact-matching block (block)", e.Message, StringComparison.Ordinal);
    }

    private static void AssertSameEffect(EffectEstimate expected, EffectEstimate actual)
    {
        Assert.Equal(expected.DroppedCovariates, actual.DroppedCovariates);
        Assert.Equal(expected, actual with { DroppedCovariates = expected.DroppedCovariates });
    }
}
