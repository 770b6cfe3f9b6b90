using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// Sample-sized arrays reused by the successive <see cref="TwoByTwoSample"/>s of one chain (the same units and
/// treatment indicator D, base period after base period), each sample done with before the next one is made: the
/// propensity fit's work arrays and scores, the control weights, and the controls' indicator 1 − D, which is the same
/// for every sample of the chain. Not thread-safe.
/// </summary>
internal sealed class TwoByTwoBuffers
{
    private double[]? _controlWeights;

    /// <summary>The propensity fits' work arrays; a fit's probabilities live here until the next sample's fit.</summary>
    public LogisticWorkspace Logistic { get; } = new();

    /// <summary>1 − D, made by the chain's first sample that needs it; null until then.</summary>
    public double[]? Controls { get; set; }

    /// <summary>An array of <paramref name="n"/> elements for the control weights (contents undefined).</summary>
    public double[] ControlWeights(int n)
    {
        if (_controlWeights is null || _controlWeights.Length != n)
        {
            _controlWeights = new double[n];
        }

        return _controlWeights;
    }
}
