using System.Globalization;
using ImpactAnalytics.Core.Estimation;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// The Cholesky factor A = LLᵀ of a symmetric positive-definite matrix, used to solve normal equations and to invert
/// information matrices. Only the lower triangle of A is read.
/// </summary>
public sealed class Cholesky
{
    // A pivot below this fraction of the largest diagonal element is treated as zero: the matrix is singular to
    // working precision (collinear columns), and solving would return noise instead of failing.
    private const double RelativePivotTolerance = 1e-13;

    private readonly double[] _l;

    private Cholesky(int n, double[] l)
    {
        Size = n;
        _l = l;
    }

    /// <summary>Order of the factored matrix.</summary>
    public int Size { get; }

    /// <summary>
    /// Factors <paramref name="a"/>; throws <see cref="EstimationException"/> when it is not positive definite
    /// (e.g. collinear covariates, a covariate constant within a group), naming <paramref name="what"/>.
    /// </summary>
    public static Cholesky Decompose(Matrix a, string what = "matrix")
    {
        if (!TryDecompose(a, out var factor, out var column))
        {
            throw new EstimationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The {what} is singular or not positive definite (pivot {column} of {a.Rows}); the covariates are collinear or constant in this sample."));
        }

        return factor;
    }

    /// <summary>Factors <paramref name="a"/>; false (with the failing pivot index) when it is not positive definite.</summary>
    public static bool TryDecompose(Matrix a, out Cholesky factor, out int failedPivot)
    {
        if (a.Rows != a.Columns)
        {
            throw new ArgumentException($"Cholesky needs a square matrix, got {a.Rows}×{a.Columns}.", nameof(a));
        }

        var n = a.Rows;
        var l = new double[n * n];
        var maxDiagonal = 0.0;
        for (var i = 0; i < n; i++)
        {
            maxDiagonal = Math.Max(maxDiagonal, Math.Abs(a[i, i]));
        }

        factor = new Cholesky(n, l);
        failedPivot = -1;
        for (var j = 0; j < n; j++)
        {
            var d = a[j, j];
            for (var k = 0; k < j; k++)
            {
                d -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(d > RelativePivotTolerance * maxDiagonal) || !double.IsFinite(d))
            {
                failedPivot = j;
                return false;
            }

            var ljj = Math.Sqrt(d);
            l[(j * n) + j] = ljj;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / ljj;
            }
        }

        return true;
    }

    /// <summary>The lower-triangular factor L.</summary>
    public Matrix Lower => Matrix.FromRowMajor(Size, Size, _l);

    /// <summary>log det A = 2 Σ log Lᵢᵢ.</summary>
    public double LogDeterminant()
    {
        var s = 0.0;
        for (var i = 0; i < Size; i++)
        {
            s += Math.Log(_l[(i * Size) + i]);
        }

        return 2.0 * s;
    }

    /// <summary>The solution x of A x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        if (b.Length != Size)
        {
            throw new ArgumentException($"Right-hand side has {b.Length} elements, matrix is {Size}×{Size}.", nameof(b));
        }

        var n = Size;
        var x = b.ToArray();
        for (var i = 0; i < n; i++)
        {
            var s = x[i];
            for (var k = 0; k < i; k++)
            {
                s -= _l[(i * n) + k] * x[k];
            }

            x[i] = s / _l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = x[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= _l[(k * n) + i] * x[k];
            }

            x[i] = s / _l[(i * n) + i];
        }

        return x;
    }

    /// <summary>The solution X of A X = B, column by column.</summary>
    public Matrix Solve(Matrix b)
    {
        var result = new Matrix(b.Rows, b.Columns);
        for (var j = 0; j < b.Columns; j++)
        {
            var x = Solve(b.Column(j));
            for (var i = 0; i < x.Length; i++)
            {
                result[i, j] = x[i];
            }
        }

        return result;
    }

    /// <summary>A⁻¹, exactly symmetric.</summary>
    public Matrix Inverse()
    {
        var inv = Solve(Matrix.Identity(Size));
        for (var i = 0; i < Size; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var m = 0.5 * (inv[i, j] + inv[j, i]);
                inv[i, j] = m;
                inv[j, i] = m;
            }
        }

        return inv;
    }
}
