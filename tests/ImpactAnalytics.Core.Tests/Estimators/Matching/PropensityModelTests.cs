using ImpactAnalytics.Core.Estimation;
using ImpactAnalytics.Core.Estimators.Matching;

namespace ImpactAnalytics.Core.Tests.Estimators.Matching;

public sealed class PropensityModelTests
{
    [Fact]
    public void With_one_binary_covariate_the_fit_reproduces_the_cell_shares_in_closed_form()
    {
        // x = 0: 10 units, 3 treated (p0 = 0.3); x = 1: 8 units, 6 treated (p1 = 0.75).
        // MLE: a = logit(0.3) = ln(3/7), b = logit(0.75) − logit(0.3) = ln 7;
        // Var a = 1/(10·0.3·0.7), Var b = 1/(10·0.3·0.7) + 1/(8·0.75·0.25).
        var x = Enumerable.Repeat(0.0, 10).Concat(Enumerable.Repeat(1.0, 8)).ToArray();
        bool[] treated = [.. Enumerable.Range(0, 10).Select(i => i < 3), .. Enumerable.Range(0, 8).Select(i => i < 6)];

        var model = PropensityModel.Fit(["x"], [x], treated);

        Assert.Equal("(Intercept)", model.Coefficients[0].Name);
        Assert.Equal("x", model.Coefficients[1].Name);
        Assert.Equal(Math.Log(3.0 / 7), model.Coefficients[0].Estimate, 9);
        Assert.Equal(Math.Log(7.0), model.Coefficients[1].Estimate, 9);
        Assert.Equal(Math.Sqrt(1 / 2.1), model.Coefficients[0].StandardError, 9);
        Assert.Equal(Math.Sqrt((1 / 2.1) + (1 / 1.5)), model.Coefficients[1].StandardError, 9);
        Assert.All(model.Scores.Take(10), s => Assert.Equal(0.3, s, 9));
        Assert.All(model.Scores.Skip(10), s => Assert.Equal(0.75, s, 9));
        var expectedLogLikelihood = (3 * Math.Log(0.3)) + (7 * Math.Log(0.7)) + (6 * Math.Log(0.75)) + (2 * Math.Log(0.25));
        Assert.Equal(expectedLogLikelihood, model.LogLikelihood, 9);
    }

    [Fact]
    public void Perfect_separation_is_refused_with_the_model_named()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        bool[] treated = [false, false, false, true, true, true];

        var e = Assert.Throws<EstimationException>(() => PropensityModel.Fit(["size"], [x], treated));

        Assert.Contains("Propensity model", e.Message, StringComparison.Ordinal);
        Assert.Contains("separation", e.Message, StringComparison.Ordinal);
    }
}
