namespace ImpactAnalytics.Core.Disclosure;

/// <summary>
/// Decides which unknowns of a linear system are fixed by it. Each relation is a vector of coefficients over the
/// suppressed cells (published cells move to the right-hand side); suppressed cell j is recoverable exactly when
/// the unit vector e_j lies in the row space of the relations, i.e. when appending e_j does not raise the rank.
/// Coefficients are small integers, so Gaussian elimination with partial pivoting is exact enough (tolerance 1e-9).
/// </summary>
internal static class LinearDeterminacy
{
    /// <summary>For each unknown, whether the relations determine it.</summary>
    public static bool[] Determined(IReadOnlyList<double[]> relations, int unknowns)
    {
        var basis = Reduce(relations, unknowns);
        var result = new bool[unknowns];
        for (var j = 0; j < unknowns; j++)
        {
            var v = new double[unknowns];
            v[j] = 1;
            foreach (var (row, pivot) in basis)
            {
                if (Math.Abs(v[pivot]) > 1e-12)
                {
                    var f = v[pivot];
                    for (var c = 0; c < unknowns; c++)
                    {
                        v[c] -= f * row[c];
                    }
                }
            }

            result[j] = v.All(x => Math.Abs(x) < 1e-9);
        }

        return result;
    }

    // Reduced row echelon form: each kept row has 1 in its pivot column and 0 in every other row's pivot column.
    private static List<(double[] Row, int Pivot)> Reduce(IReadOnlyList<double[]> relations, int unknowns)
    {
        var rows = relations.Select(r => (double[])r.Clone()).ToList();
        var basis = new List<(double[] Row, int Pivot)>();
        for (var col = 0; col < unknowns && rows.Count > 0; col++)
        {
            var best = -1;
            for (var i = 0; i < rows.Count; i++)
            {
                if (Math.Abs(rows[i][col]) > 1e-9 && (best < 0 || Math.Abs(rows[i][col]) > Math.Abs(rows[best][col])))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                continue;
            }

            var pivotRow = rows[best];
            rows.RemoveAt(best);
            var scale = pivotRow[col];
            for (var c = 0; c < unknowns; c++)
            {
                pivotRow[c] /= scale;
            }

            foreach (var other in rows.Concat(basis.Select(b => b.Row)))
            {
                var f = other[col];
                if (Math.Abs(f) > 1e-12)
                {
                    for (var c = 0; c < unknowns; c++)
                    {
                        other[c] -= f * pivotRow[c];
                    }
                }
            }

            basis.Add((pivotRow, col));
        }

        return basis;
    }
}
