using System.Runtime.CompilerServices;
using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The candidate rows of <see cref="PsmTable"/>: a firm at g − 1 with every outcome present (<see cref="OutcomeValues"/>)
/// at g − 1 and at g + 1. Collected as (firm, row g − 1, row g + 1) only; the covariates at g − 1 (ln VA, ln FTE, LP
/// and capital intensity in thousands, age) and the outcomes' changes are computed by <see cref="Fill"/> for the rows
/// kept, straight into the table's columns, with the outcomes of a firm-year computed once per firm (the same year is
/// g − 1 of one cohort and g + 1 of another). Presence is read from the panel's <see cref="OutcomeValues.Masks"/>
/// at min_fte.
/// </summary>
internal sealed class PsmCandidates(FirmPanel panel, FirmMeasures measures, byte[] rowMasks)
{
    /// <summary>Covariates in column order: ln VA, ln FTE, LP, age, capital intensity.</summary>
    public const int Covariates = 5;

    private const int Age = 3;
    private const int Capital = 4;
    private const int Outcomes = 3;

    private int[] _firm = new int[1024];
    private int[] _before = new int[1024];
    private int[] _after = new int[1024];

    // The firm whose firm-years' outcomes are cached in Fill: per row of the firm, whether computed, and the logs.
    private int _cachedFirm = -1;
    private bool[] _computed = new bool[32];
    private double[] _logs = new double[32 * Outcomes];

    public int Count { get; private set; }

    public int Firm(int candidate) => _firm[candidate];

    public int Cohort(int candidate) => panel.RowYear[_before[candidate]] + 1;

    /// <summary>Whether covariate j (0 ln VA, 1 ln FTE, 2 LP, 3 age, 4 capital intensity) is missing for a candidate.</summary>
    public bool IsMissing(int candidate, int j) => j switch
    {
        Age => panel.FirmFounded[_firm[candidate]] is null,
        Capital => (measures.Present[_before[candidate]] & MeasureSet.CapitalIntensity) == 0,
        _ => false,
    };

    /// <summary>Adds firm f for cohort g when it has accounts and every outcome at g − 1 and g + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(int f, int g)
    {
        var before = FirmRows.Find(panel, f, g - 1);
        var after = before < 0 ? -1 : FirmRows.Find(panel, f, g + 1);
        if (after < 0 || rowMasks[before] != OutcomeValues.All || rowMasks[after] != OutcomeValues.All)
        {
            return false;
        }

        if (Count == _firm.Length)
        {
            Reserve(Count * 2L);
        }

        (_firm[Count], _before[Count], _after[Count]) = (f, before, after);
        Count++;
        return true;
    }

    /// <summary>
    /// The columns of the candidates <paramref name="rows"/> (in that order): covariate j where
    /// <paramref name="used"/>[j] (null otherwise; LP and capital intensity in thousands), and the change of each
    /// outcome from g − 1 to g + 1 (ln at g + 1 − ln at g − 1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double[]?[] Covariates, double[][] Changes) Fill(int[] rows, bool[] used)
    {
        var covariates = new double[]?[Covariates];
        for (var j = 0; j < Covariates; j++)
        {
            covariates[j] = used[j] ? GC.AllocateUninitializedArray<double>(rows.Length) : null;
        }

        var changes = new double[Outcomes][];
        for (var o = 0; o < Outcomes; o++)
        {
            changes[o] = GC.AllocateUninitializedArray<double>(rows.Length);
        }

        var (lnVa, lnFte, lp, age, capital) = (covariates[0], covariates[1], covariates[2], covariates[Age], covariates[Capital]);
        var capitalIntensity = capital is null ? default : measures.CapitalIntensity;
        for (var k = 0; k < rows.Length; k++)
        {
            var (f, before, after) = (_firm[rows[k]], _before[rows[k]], _after[rows[k]]);
            var b = Logs(f, before);
            var a = Logs(f, after);
            for (var o = 0; o < Outcomes; o++)
            {
                changes[o][k] = _logs[a + o] - _logs[b + o];
            }

            // Every outcome present at g − 1 implies VA > 0 and a valid LP there; ln VA and ln FTE are the outcomes' logs.
            lnVa?[k] = _logs[b + (int)ImpactOutcome.LnValueAdded];
            lnFte?[k] = _logs[b + (int)ImpactOutcome.LnFte];
            lp?[k] = measures.Lp[before] / 1000;
            age?[k] = Math.Max(0, panel.RowYear[before] - panel.FirmFounded[f]!.Value);
            capital?[k] = capitalIntensity[before] / 1000;
        }

        return (covariates, changes);
    }

    /// <summary>
    /// Makes room for <paramref name="capacity"/> candidates in all (an upper bound of the candidates to come), so that
    /// adding them does not grow the arrays by doubling, each step leaving the last as large-object garbage. The room
    /// is not cleared: pages never written to are never touched.
    /// </summary>
    public void Reserve(long capacity)
    {
        var size = (int)Math.Min(capacity, Array.MaxLength);
        if (size <= _firm.Length)
        {
            return;
        }

        (_firm, _before, _after) = (Grown(_firm, size), Grown(_before, size), Grown(_after, size));
    }

    /// <summary>The candidates missing none of the covariates in <paramref name="mask"/> (bit j = covariate j), in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Complete(int mask)
    {
        var complete = 0;
        for (var c = 0; c < Count; c++)
        {
            complete += Keeps(c, mask) ? 1 : 0;
        }

        var rows = GC.AllocateUninitializedArray<int>(complete);
        for (int c = 0, k = 0; c < Count; c++)
        {
            if (Keeps(c, mask))
            {
                rows[k++] = c;
            }
        }

        return rows;
    }

    private static int[] Grown(int[] values, int size)
    {
        var grown = GC.AllocateUninitializedArray<int>(size);
        Array.Copy(values, grown, values.Length);
        return grown;
    }

    private bool Keeps(int c, int mask) =>
        ((mask & (1 << Age)) == 0 || !IsMissing(c, Age)) && ((mask & (1 << Capital)) == 0 || !IsMissing(c, Capital));

    // The offset in _logs of the outcomes' logs at a row of firm f (computed on first use for the firm).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Logs(int f, int row)
    {
        var first = panel.FirmFirstRow[f];
        if (f != _cachedFirm)
        {
            var rows = panel.FirmFirstRow[f + 1] - first;
            if (rows > _computed.Length)
            {
                _computed = new bool[rows];
                _logs = new double[rows * Outcomes];
            }

            Array.Clear(_computed, 0, rows);
            _cachedFirm = f;
        }

        // Every outcome is present at a candidate's rows (TryAdd), so each is the log of its level (as OutcomeValues.TryGet).
        var local = row - first;
        if (!_computed[local])
        {
            var at = local * Outcomes;
            _logs[at + (int)ImpactOutcome.LnValueAdded] = Math.Log(measures.Va[row]);
            _logs[at + (int)ImpactOutcome.LnFte] = Math.Log(measures.Fte[row]);
            _logs[at + (int)ImpactOutcome.LnLabourProductivity] = Math.Log(measures.Lp[row]);
            _computed[local] = true;
        }

        return local * Outcomes;
    }
}
