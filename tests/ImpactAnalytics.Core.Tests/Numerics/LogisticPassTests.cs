using System.Globalization;
using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Tests.Numerics;

/// <summary>
/// <see cref="LogisticRegression"/> forms the log-likelihood, probabilities and Newton system of a candidate β in one
/// pass (and may take its row-sized arrays from a <see cref="LogisticWorkspace"/>): every number it returns must be
/// bit for bit that of the straightforward separate passes (<see cref="SeparatePassLogistic"/>), but for the
/// log-likelihood of an unweighted fit, which is formed by chunks of rows and must agree to a relative 10⁻¹³.
/// </summary>
public sealed class LogisticPassTests
{
    // An intercept and two covariates (one continuous, one that grows like an age), a logit outcome.
    private static (Matrix X, double[] Y, double[] Weights) Data(int n, int seed)
    {
        var random = new Random(seed);
        var x = new Matrix(n, 3);
        var y = new double[n];
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1.0;
            x[i, 1] = (random.NextDouble() * 4.0) - 2.0;
            x[i, 2] = 5.0 + random.Next(40);
            var eta = -1.0 + (0.8 * x[i, 1]) - (0.03 * x[i, 2]);
            y[i] = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-eta)) ? 1.0 : 0.0;
            weights[i] = random.Next(4) == 0 ? 0.0 : 0.5 + random.NextDouble();
        }

        return (x, y, weights);
    }

    private static void AssertBitIdentical(LogisticFit expected, LogisticFit actual)
    {
        Assert.Equal(expected.Iterations, actual.Iterations);
        Assert.Equal(expected.Converged, actual.Converged);
        // The log-likelihood of an unweighted pass takes one logarithm per chunk of rows: equal up to its last bits.
        Assert.True(Math.Abs(expected.LogLikelihood - actual.LogLikelihood) <= 1e-13 * Math.Abs(expected.LogLikelihood), string.Create(CultureInfo.InvariantCulture, $"{expected.LogLikelihood:R} vs {actual.LogLikelihood:R}"));
        Assert.Equal(expected.Coefficients.Select(BitConverter.DoubleToInt64Bits), actual.Coefficients.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expected.Probabilities.Select(BitConverter.DoubleToInt64Bits), actual.Probabilities.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expected.Information.ToRowMajorArray().Select(BitConverter.DoubleToInt64Bits), actual.Information.ToRowMajorArray().Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void The_fused_fit_equals_the_separate_passes_bit_for_bit(bool weighted, bool started)
    {
        var (x, y, w) = Data(2000, seed: 5);
        double[]? start = started ? [-0.9, 0.7, -0.02] : null;

        var expected = SeparatePassLogistic.Fit(x, y, weighted ? w : null, start);
        var actual = LogisticRegression.Fit(x, y, weighted ? w : default, start is null ? null : new LogisticRegressionOptions { Start = start });

        AssertBitIdentical(expected, actual);
    }

    [Fact]
    public void A_start_far_from_the_estimate_still_equals_the_separate_passes()
    {
        var (x, y, _) = Data(1500, seed: 9);
        double[] start = [6.0, -5.0, 0.4];

        var expected = SeparatePassLogistic.Fit(x, y, null, start);
        var actual = LogisticRegression.Fit(x, y, options: new LogisticRegressionOptions { Start = start });

        Assert.True(actual.Iterations > 5);
        AssertBitIdentical(expected, actual);
    }

    [Fact]
    public void A_reused_workspace_gives_the_fit_of_a_fresh_one()
    {
        var workspace = new LogisticWorkspace();
        var (larger, largerY, _) = Data(3000, seed: 2);
        var (x, y, w) = Data(1200, seed: 3);
        LogisticRegression.Fit(larger, largerY, default, null, workspace);
        var first = LogisticRegression.Fit(x, y, w, null, workspace);
        var firstProbabilities = first.Probabilities.ToArray();

        var again = LogisticRegression.Fit(x, y, w, null, workspace);

        var fresh = LogisticRegression.Fit(x, y, w);
        Assert.Equal(fresh.Probabilities, firstProbabilities);
        AssertBitIdentical(fresh, again);
        Assert.Same(first.Probabilities, again.Probabilities);
    }
}
