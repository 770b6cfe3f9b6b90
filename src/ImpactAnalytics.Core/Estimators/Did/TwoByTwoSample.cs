using ImpactAnalytics.Core.Numerics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// What the 2×2 estimators compute from a cell's sample alone, shared by the cells with the same sample and base
/// period (with never-treated controls, every post-treatment cell of a cohort): the treatment indicator D, the design
/// X (intercept and base-period covariates), and, each computed on first use exactly as a single cell would, the
/// propensity score with its bread and the control weights, and the Cholesky factor and bread of the controls'
/// least squares. Only ΔY differs between those cells. Not thread-safe: one sample is used by one thread.
/// </summary>
internal sealed class TwoByTwoSample
{
    // Fitted scores are capped below 1 so p/(1 − p) stays finite (as in Sant'Anna & Zhao's implementation).
    private const double MaxPropensity = 1.0 - 1e-6;

    private readonly double _trim;
    private readonly double[]? _start;
    private readonly TwoByTwoBuffers? _buffers;
    private (double[] P, Matrix Bread)? _propensity;
    private double[]? _controlWeights;
    private (double[] Controls, Cholesky Factor, Matrix Bread)? _regression;

    /// <param name="d">Treatment indicator per unit.</param>
    /// <param name="x">Design (intercept first), null for the unconditional estimator.</param>
    /// <param name="trim">Controls with a propensity score at or above this get no weight.</param>
    /// <param name="start">Coefficients to start the propensity fit from (a neighbouring cell's), or null for 0.</param>
    /// <param name="buffers">
    /// Arrays shared with the other samples of a chain (same units and D), which this sample overwrites: the previous
    /// sample using them must be done with; null to allocate its own.
    /// </param>
    public TwoByTwoSample(double[] d, Matrix? x, double trim, double[]? start = null, TwoByTwoBuffers? buffers = null)
    {
        D = d;
        X = x;
        _trim = trim;
        _start = start;
        _buffers = buffers;
    }

    public double[] D { get; }

    /// <summary>Intercept first, then the covariates; null for the unconditional estimator.</summary>
    public Matrix? X { get; }

    public int Size => D.Length;

    /// <summary>The propensity model's coefficients once <see cref="Propensity"/> has been fitted, else null.</summary>
    public double[]? PropensityCoefficients { get; private set; }

    public Matrix Design => X ?? throw new InvalidOperationException("The unconditional 2×2 has no design matrix.");

    /// <summary>Logit propensity score (capped below 1) and the inverse of its information matrix.</summary>
    public (double[] P, Matrix Bread) Propensity()
    {
        if (_propensity is { } cached)
        {
            return cached;
        }

        var options = _start is null ? null : new LogisticRegressionOptions { Start = _start };
        var fit = LogisticRegression.Fit(Design, D, default, options, _buffers?.Logistic);
        PropensityCoefficients = fit.Coefficients;
        var bread = Cholesky.Decompose(fit.Information, "information matrix of the propensity score").Inverse();
        var p = fit.Probabilities;

        // The control weights (every estimator that uses the score uses them) in the same pass as the cap.
        var w0 = _buffers?.ControlWeights(D.Length) ?? new double[D.Length];
        for (var i = 0; i < p.Length; i++)
        {
            var pi = Math.Min(p[i], MaxPropensity);
            p[i] = pi;
            w0[i] = D[i] == 0.0 && pi < _trim ? pi / (1 - pi) : 0.0;
        }

        _controlWeights = w0;
        _propensity = (p, bread);
        return (p, bread);
    }

    /// <summary>Odds p/(1 − p) for controls below the trim, 0 otherwise.</summary>
    public double[] ControlWeights()
    {
        if (_controlWeights is null)
        {
            Propensity();
        }

        return _controlWeights!;
    }

    /// <summary>OLS of ΔY on X among the controls, as <see cref="WeightedLeastSquares.Fit"/> with weights 1 − D.</summary>
    public LeastSquaresFit ControlRegression(double[] dy)
    {
        var r = Regression();
        var beta = r.Factor.Solve(CrossProducts.XtWy(Design, dy, r.Controls));
        var fitted = Design.Multiply(beta);
        var residuals = new double[dy.Length];
        for (var i = 0; i < residuals.Length; i++)
        {
            residuals[i] = dy[i] - fitted[i];
        }

        return new LeastSquaresFit(beta, fitted, residuals, r.Bread);
    }

    /// <summary>
    /// The coefficients β of <see cref="ControlRegression"/> (the same values, without its fitted values and
    /// residuals, which the caller forms as ΔY − Xβ row by row) and its bread (XᵀW₀X)⁻¹.
    /// </summary>
    public (double[] Beta, Matrix Bread) ControlCoefficients(ReadOnlySpan<double> dy)
    {
        var r = Regression();
        return (r.Factor.Solve(CrossProducts.XtWy(Design, dy, r.Controls)), r.Bread);
    }

    private (double[] Controls, Cholesky Factor, Matrix Bread) Regression()
    {
        if (_regression is { } cached)
        {
            return cached;
        }

        var controls = _buffers?.Controls;
        if (controls is null)
        {
            controls = new double[D.Length];
            for (var i = 0; i < D.Length; i++)
            {
                controls[i] = 1 - D[i];
            }

            if (_buffers is not null)
            {
                _buffers.Controls = controls;
            }
        }

        var factor = Cholesky.Decompose(CrossProducts.XtWX(Design, controls), "cross-product matrix XᵀWX of the regression");
        var r = (controls, factor, factor.Inverse());
        _regression = r;
        return r;
    }
}
