using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

public sealed class LogisticRegressionStartTests
{
    private static readonly double[] Covariate = [0.5, 1.2, -0.3, 2.2, 1.7, -1.1, 0.0, 0.9, 3.1, -0.4, 1.4, 2.6];
    private static readonly double[] Outcome = [0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1];

    private static Matrix Design(double shift) =>
        Matrix.FromColumns([Enumerable.Repeat(1.0, Covariate.Length).ToArray(), [.. Covariate.Select(c => c + shift)]]);

    [Fact]
    public void A_fit_started_anywhere_reaches_the_same_estimate()
    {
        var cold = LogisticRegression.Fit(Design(0), Outcome);

        var warm = LogisticRegression.Fit(Design(0), Outcome, options: new LogisticRegressionOptions { Start = [3.0, -2.0] });

        Assert.True(warm.Converged);
        Assert.Equal(cold.Coefficients[0], warm.Coefficients[0], 9);
        Assert.Equal(cold.Coefficients[1], warm.Coefficients[1], 9);
        Assert.Equal(cold.LogLikelihood, warm.LogLikelihood, 12);
    }

    [Fact]
    public void A_start_at_the_estimate_of_a_shifted_covariate_moved_to_its_intercept_converges_in_one_step()
    {
        // Shifting a covariate by a constant moves only the intercept of the maximum, by −slope × shift.
        var before = LogisticRegression.Fit(Design(0), Outcome);
        var slope = before.Coefficients[1];

        var after = LogisticRegression.Fit(Design(1), Outcome, options: new LogisticRegressionOptions { Start = [before.Coefficients[0] - slope, slope] });

        Assert.Equal(1, after.Iterations);
        Assert.True(before.Iterations > 3);
        Assert.Equal(before.Coefficients[0] - slope, after.Coefficients[0], 9);
        Assert.Equal(slope, after.Coefficients[1], 9);
    }

    [Fact]
    public void A_start_of_the_wrong_length_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            LogisticRegression.Fit(Design(0), Outcome, options: new LogisticRegressionOptions { Start = [0.0] }));

        Assert.Contains("1 coefficients, X has 2 columns", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_that_is_not_finite_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            LogisticRegression.Fit(Design(0), Outcome, options: new LogisticRegressionOptions { Start = [0.0, double.NaN] }));
    }
}
