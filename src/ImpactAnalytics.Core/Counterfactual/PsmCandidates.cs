using ImpactAnalytics.Core.Measures;
using ImpactAnalytics.Core.Panel;

namespace ImpactAnalytics.Core.Counterfactual;

/// <summary>
/// The candidate rows of <see cref="PsmTable"/> in columns: a firm at g − 1 with every outcome present at g − 1 and at
/// g + 1, its five covariates at g − 1 (ln VA, ln FTE, LP and capital intensity in thousands, age; each possibly
/// missing) and the outcomes' changes from g − 1 to g + 1. The outcomes of a firm-year are computed once per firm, as
/// the same year is g − 1 of one cohort and g + 1 of another.
/// </summary>
internal sealed class PsmCandidates(FirmPanel panel, FirmMeasures measures, double minFte)
{
    private const int Covariates = 5;
    private const int Outcomes = 3;

    private int[] _firm = new int[1024];
    private int[] _cohort = new int[1024];
    private byte[] _missing = new byte[1024];
    private double[] _covariates = new double[1024 * Covariates];
    private double[] _changes = new double[1024 * Outcomes];

    // The firm whose firm-years are cached: per row of the firm 0 = not yet computed, 1 = every outcome present (logs
    // in _logs), 2 = some outcome missing.
    private int _cachedFirm = -1;
    private byte[] _state = new byte[32];
    private double[] _logs = new double[32 * Outcomes];

    public int Count { get; private set; }

    public int Firm(int candidate) => _firm[candidate];

    public int Cohort(int candidate) => _cohort[candidate];

    /// <summary>Covariate j (0 ln VA, 1 ln FTE, 2 LP, 3 age, 4 capital intensity) of a candidate.</summary>
    public double Covariate(int candidate, int j) => _covariates[(candidate * Covariates) + j];

    public bool IsMissing(int candidate, int j) => (_missing[candidate] & (1 << j)) != 0;

    public double Change(int candidate, ImpactOutcome outcome) => _changes[(candidate * Outcomes) + (int)outcome];

    /// <summary>Adds firm f for cohort g when it has accounts and every outcome at g − 1 and g + 1.</summary>
    public bool TryAdd(int f, int g)
    {
        var before = panel.FindRow(f, g - 1);
        var after = before < 0 ? -1 : panel.FindRow(f, g + 1);
        if (after < 0 || !HasOutcomes(f, before) || !HasOutcomes(f, after))
        {
            return false;
        }

        if (Count == _firm.Length)
        {
            Grow();
        }

        var c = Count++;
        var (b, a) = ((before - panel.FirmFirstRow[f]) * Outcomes, (after - panel.FirmFirstRow[f]) * Outcomes);
        for (var o = 0; o < Outcomes; o++)
        {
            _changes[(c * Outcomes) + o] = _logs[a + o] - _logs[b + o];
        }

        // Every outcome present at g − 1 implies VA > 0 and a valid LP there; ln VA and ln FTE are the outcomes' logs.
        var present = measures.Present[before];
        var covariates = _covariates.AsSpan(c * Covariates, Covariates);
        covariates[0] = _logs[b + (int)ImpactOutcome.LnValueAdded];
        covariates[1] = _logs[b + (int)ImpactOutcome.LnFte];
        covariates[2] = measures.Lp[before] / 1000;
        byte missing = 0;
        if (panel.FirmFounded[f] is { } founded)
        {
            covariates[3] = Math.Max(0, g - 1 - founded);
        }
        else
        {
            missing |= 1 << 3;
        }

        if ((present & MeasureSet.CapitalIntensity) != 0)
        {
            covariates[4] = measures.CapitalIntensity[before] / 1000;
        }
        else
        {
            missing |= 1 << 4;
        }

        (_firm[c], _cohort[c], _missing[c]) = (f, g, missing);
        return true;
    }

    /// <summary>The candidates missing none of the covariates in <paramref name="mask"/> (bit j = covariate j), in order.</summary>
    public int[] Complete(int mask)
    {
        var rows = new List<int>(Count);
        for (var c = 0; c < Count; c++)
        {
            if ((_missing[c] & mask) == 0)
            {
                rows.Add(c);
            }
        }

        return [.. rows];
    }

    // Whether every outcome is present at a row of firm f (OutcomeValues), their logs cached per firm.
    private bool HasOutcomes(int f, int row)
    {
        var first = panel.FirmFirstRow[f];
        if (f != _cachedFirm)
        {
            var rows = panel.FirmFirstRow[f + 1] - first;
            if (rows > _state.Length)
            {
                _state = new byte[rows];
                _logs = new double[rows * Outcomes];
            }

            Array.Clear(_state, 0, rows);
            _cachedFirm = f;
        }

        var local = row - first;
        if (_state[local] == 0)
        {
            _state[local] = 1;
            for (var o = 0; o < Outcomes; o++)
            {
                if (!OutcomeValues.TryGet(measures, (ImpactOutcome)o, row, minFte, out _logs[(local * Outcomes) + o]))
                {
                    _state[local] = 2;
                    break;
                }
            }
        }

        return _state[local] == 1;
    }

    private void Grow()
    {
        var capacity = _firm.Length * 2;
        Array.Resize(ref _firm, capacity);
        Array.Resize(ref _cohort, capacity);
        Array.Resize(ref _missing, capacity);
        Array.Resize(ref _covariates, capacity * Covariates);
        Array.Resize(ref _changes, capacity * Outcomes);
    }
}
