using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

public sealed class LogisticRegressionTests
{
    private static Matrix Design(double[] covariate) =>
        Matrix.FromColumns([Enumerable.Repeat(1.0, covariate.Length).ToArray(), covariate]);

    [Fact]
    public void Intercept_only_fit_is_the_logit_of_the_share()
    {
        var x = Matrix.FromColumns([[1.0, 1.0, 1.0, 1.0, 1.0]]);

        var fit = LogisticRegression.Fit(x, [1.0, 0.0, 0.0, 1.0, 0.0]);

        Assert.True(fit.Converged);
        Assert.Equal(Math.Log(0.4 / 0.6), fit.Coefficients[0], 12);
        Assert.Equal(0.4, fit.Probabilities[2], 12);
        Assert.Equal(5 * 0.4 * 0.6, fit.Information[0, 0], 12);
    }

    [Fact]
    public void Score_equations_hold_at_the_estimate()
    {
        double[] covariate = [0.5, 1.2, -0.3, 2.2, 1.7, -1.1, 0.0, 0.9, 3.1, -0.4, 1.4, 2.6];
        double[] y = [0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1];
        var x = Design(covariate);

        var fit = LogisticRegression.Fit(x, y);

        var residual = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            residual[i] = y[i] - fit.Probabilities[i];
        }

        var score = x.TransposeMultiply(residual);
        Assert.True(fit.Converged);
        Assert.InRange(Math.Abs(score[0]), 0.0, 1e-10);
        Assert.InRange(Math.Abs(score[1]), 0.0, 1e-10);
        Assert.True(fit.Coefficients[1] > 0.0);
    }

    [Fact]
    public void Weighted_score_equations_hold_at_the_estimate()
    {
        double[] covariate = [0.5, 1.2, -0.3, 2.2, 1.7, -1.1, 0.0, 0.9];
        double[] y = [0, 1, 0, 1, 0, 1, 1, 0];
        double[] w = [1.0, 2.0, 0.5, 1.5, 3.0, 1.0, 2.0, 1.0];
        var x = Design(covariate);

        var fit = LogisticRegression.Fit(x, y, w);

        var residual = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            residual[i] = w[i] * (y[i] - fit.Probabilities[i]);
        }

        var score = x.TransposeMultiply(residual);
        Assert.InRange(Math.Abs(score[0]), 0.0, 1e-10);
        Assert.InRange(Math.Abs(score[1]), 0.0, 1e-10);
    }

    [Fact]
    public void Complete_separation_is_refused_with_its_name()
    {
        var x = Design([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);

        var ex = Assert.Throws<EstimationException>(() => LogisticRegression.Fit(x, [0, 0, 0, 1, 1, 1]));

        Assert.Contains("perfect (complete) separation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quasi_complete_separation_is_refused_with_its_name()
    {
        // Below 3 always 0, above 3 always 1; at 3 both: the slope diverges.
        var x = Design([1.0, 2.0, 3.0, 3.0, 4.0, 5.0]);

        var ex = Assert.Throws<EstimationException>(() => LogisticRegression.Fit(x, [0, 0, 0, 1, 1, 1]));

        Assert.Contains("quasi-complete separation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_convergence_throws_unless_the_caller_accepts_it()
    {
        double[] covariate = [0.5, 1.2, -0.3, 2.2, 1.7, -1.1, 0.0, 0.9];
        double[] y = [0, 1, 0, 1, 0, 1, 1, 0];
        var x = Design(covariate);
        var once = new LogisticRegressionOptions { MaxIterations = 1 };

        var ex = Assert.Throws<EstimationException>(() => LogisticRegression.Fit(x, y, options: once));
        var fit = LogisticRegression.Fit(x, y, options: once with { RequireConvergence = false });

        Assert.Contains("did not converge", ex.Message, StringComparison.Ordinal);
        Assert.False(fit.Converged);
    }

    [Fact]
    public void Outcome_without_variation_is_refused()
    {
        var x = Design([1.0, 2.0, 3.0]);

        Assert.Throws<EstimationException>(() => LogisticRegression.Fit(x, [1, 1, 1]));
    }
}
