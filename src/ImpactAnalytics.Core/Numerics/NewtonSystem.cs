namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// The Newton system of a logistic log-likelihood at one β, accumulated row by row: the upper triangle of the
/// information XᵀWX (Wᵢ = wᵢpᵢ(1 − pᵢ)) and the score Xᵀ(w(y − p)).
/// </summary>
internal sealed class NewtonSystem(int columns)
{
    private readonly double[] _upper = new double[columns * columns];

    public int Columns { get; } = columns;

    /// <summary>Score Xᵀ(w(y − p)), one element per column.</summary>
    public double[] Score { get; } = new double[columns];

    /// <summary>Row-major p × p accumulator; only the upper triangle (b ≥ a) is accumulated.</summary>
    public Span<double> Upper => _upper;

    public void Clear()
    {
        Array.Clear(_upper);
        Array.Clear(Score);
    }

    /// <summary>The information matrix, symmetric (the lower triangle mirrored from the upper), as a new matrix.</summary>
    public Matrix Information()
    {
        var p = Columns;
        var full = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                full[(a * p) + b] = b >= a ? _upper[(a * p) + b] : _upper[(b * p) + a];
            }
        }

        return Matrix.FromRowMajor(p, p, full);
    }
}
