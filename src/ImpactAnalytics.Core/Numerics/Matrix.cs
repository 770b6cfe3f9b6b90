using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// A small dense matrix of doubles stored row-major, for the normal equations and Hessians of estimators (a few to a
/// few dozen columns). Elements are writable so a caller can fill a design matrix in place; the matrix operations
/// return new matrices and never modify their operands.
/// </summary>
public sealed class Matrix
{
    private readonly double[] _data;

    /// <summary>A zero matrix of the given shape (either dimension may be 0).</summary>
    public Matrix(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        Rows = rows;
        Columns = columns;
        _data = new double[checked(rows * columns)];
    }

    private Matrix(int rows, int columns, double[] data)
    {
        Rows = rows;
        Columns = columns;
        _data = data;
    }

    public int Rows { get; }

    public int Columns { get; }

    public double this[int row, int column]
    {
        get => _data[Index(row, column)];
        set => _data[Index(row, column)] = value;
    }

    /// <summary>A matrix from a row-major array (copied); its length must be rows × columns.</summary>
    public static Matrix FromRowMajor(int rows, int columns, ReadOnlySpan<double> data)
    {
        if (data.Length != rows * columns)
        {
            throw new ArgumentException($"Expected {rows}×{columns} = {rows * columns} values, got {data.Length}.", nameof(data));
        }

        return new Matrix(rows, columns, data.ToArray());
    }

    /// <summary>A matrix whose rows are the given arrays (all of equal length).</summary>
    public static Matrix FromRows(IReadOnlyList<double[]> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var m = new Matrix(rows.Count, columns);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columns)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values, row 0 has {columns}.", nameof(rows));
            }

            rows[i].CopyTo(m._data, i * columns);
        }

        return m;
    }

    /// <summary>A matrix whose columns are the given arrays (all of equal length), e.g. an intercept and covariates.</summary>
    public static Matrix FromColumns(IReadOnlyList<double[]> columns)
    {
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        var m = new Matrix(rows, columns.Count);
        for (var j = 0; j < columns.Count; j++)
        {
            if (columns[j].Length != rows)
            {
                throw new ArgumentException($"Column {j} has {columns[j].Length} values, column 0 has {rows}.", nameof(columns));
            }

            for (var i = 0; i < rows; i++)
            {
                m._data[(i * columns.Count) + j] = columns[j][i];
            }
        }

        return m;
    }

    /// <summary>The n × n identity.</summary>
    public static Matrix Identity(int n)
    {
        var m = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            m._data[(i * n) + i] = 1.0;
        }

        return m;
    }

    // Row and Dot are called per row in the estimators' loops: inlined there even when a loop runs in code compiled
    // before tiering would have promoted them (a tier-0 call per row costs more than the row's arithmetic).

    /// <summary>Row <paramref name="row"/> as a read-only view (no copy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<double> Row(int row)
    {
        if ((uint)row >= (uint)Rows)
        {
            ThrowRow(row);
        }

        return new ReadOnlySpan<double>(_data, row * Columns, Columns);
    }

    /// <summary>Row <paramref name="row"/> as a writable view, for filling a design matrix row by row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Span<double> WritableRow(int row)
    {
        if ((uint)row >= (uint)Rows)
        {
            ThrowRow(row);
        }

        return new Span<double>(_data, row * Columns, Columns);
    }

    /// <summary>Column <paramref name="column"/> as a new array.</summary>
    public double[] Column(int column)
    {
        var result = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            result[i] = _data[Index(i, column)];
        }

        return result;
    }

    public Matrix Copy() => new(Rows, Columns, (double[])_data.Clone());

    /// <summary>The elements row-major, as a new array.</summary>
    public double[] ToRowMajorArray() => (double[])_data.Clone();

    public Matrix Transpose()
    {
        var t = new Matrix(Columns, Rows);
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                t._data[(j * Rows) + i] = _data[(i * Columns) + j];
            }
        }

        return t;
    }

    /// <summary>This × <paramref name="other"/>.</summary>
    public Matrix Multiply(Matrix other)
    {
        if (Columns != other.Rows)
        {
            throw new ArgumentException($"Cannot multiply {Rows}×{Columns} by {other.Rows}×{other.Columns}.", nameof(other));
        }

        var result = new Matrix(Rows, other.Columns);
        for (var i = 0; i < Rows; i++)
        {
            for (var k = 0; k < Columns; k++)
            {
                var a = _data[(i * Columns) + k];
                if (a == 0.0)
                {
                    continue;
                }

                for (var j = 0; j < other.Columns; j++)
                {
                    result._data[(i * other.Columns) + j] += a * other._data[(k * other.Columns) + j];
                }
            }
        }

        return result;
    }

    /// <summary>This × v (v has <see cref="Columns"/> elements).</summary>
    public double[] Multiply(ReadOnlySpan<double> v)
    {
        if (v.Length != Columns)
        {
            throw new ArgumentException($"Vector has {v.Length} elements, matrix has {Columns} columns.", nameof(v));
        }

        var result = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            result[i] = Dot(Row(i), v);
        }

        return result;
    }

    /// <summary>Thisᵀ × v (v has <see cref="Rows"/> elements), without forming the transpose.</summary>
    public double[] TransposeMultiply(ReadOnlySpan<double> v)
    {
        if (v.Length != Rows)
        {
            throw new ArgumentException($"Vector has {v.Length} elements, matrix has {Rows} rows.", nameof(v));
        }

        var result = new double[Columns];
        for (var i = 0; i < Rows; i++)
        {
            var vi = v[i];
            var offset = i * Columns;
            for (var j = 0; j < Columns; j++)
            {
                result[j] += _data[offset + j] * vi;
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    [DoesNotReturn]
    private void ThrowRow(int row) =>
        throw new ArgumentOutOfRangeException(nameof(row), row, $"Row {row} is outside a matrix of {Rows} rows.");

    private int Index(int row, int column)
    {
        if ((uint)row >= (uint)Rows || (uint)column >= (uint)Columns)
        {
            throw new ArgumentOutOfRangeException(nameof(row), $"({row}, {column}) is outside a {Rows}×{Columns} matrix.");
        }

        return (row * Columns) + column;
    }
}
