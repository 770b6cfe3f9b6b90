namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// Row-sized work arrays of <see cref="LogisticRegression"/>, reused by successive fits (for example the propensity
/// fits of one chain of DiD cells, which share their units) instead of allocated per fit. Not thread-safe; a fit's
/// probabilities are valid until the next fit with the same workspace.
/// </summary>
internal sealed class LogisticWorkspace
{
    private double[] _eta = [];
    private double[] _probabilities = [];

    /// <summary>Linear predictors ηᵢ (at least <paramref name="n"/> elements, contents undefined).</summary>
    public Span<double> Eta(int n) => Grow(ref _eta, n).AsSpan(0, n);

    /// <summary>Fitted probabilities, exactly <paramref name="n"/> elements (contents undefined).</summary>
    public double[] Probabilities(int n)
    {
        if (_probabilities.Length != n)
        {
            _probabilities = new double[n];
        }

        return _probabilities;
    }

    private static double[] Grow(ref double[] array, int n)
    {
        if (array.Length < n)
        {
            array = new double[n];
        }

        return array;
    }
}
