using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Core.Estimators.Did;

/// <summary>
/// The aggregations of Callaway &amp; Sant'Anna (2021, §3.1–3.3). Cells are weighted by the cohort's share of all
/// units, P(G = g); because those shares are estimated, the influence function of a weighted aggregate adds the
/// delta-method term of the weights wₖ = pₖ/Σpⱼ: Σₖ attₖ · [(1{G=gₖ} − pₖ)/S − pₖ Σⱼ(1{G=gⱼ} − pⱼ)/S²].
/// </summary>
internal sealed class DidAggregator
{
    private readonly List<GroupTimeCell> _cells;
    private readonly int[] _unitCohort;
    private readonly int[] _cellCohort;
    private readonly double[] _cohortShare;
    private readonly int _n;

    public DidAggregator(List<GroupTimeCell> cells, int[] cohorts, int[] unitGroup)
    {
        _cells = cells;
        _n = unitGroup.Length;
        _unitCohort = new int[_n];
        _cohortShare = new double[cohorts.Length];
        for (var u = 0; u < _n; u++)
        {
            _unitCohort[u] = Array.IndexOf(cohorts, unitGroup[u]);
            if (_unitCohort[u] >= 0)
            {
                _cohortShare[_unitCohort[u]] += 1.0 / _n;
            }
        }

        _cellCohort = new int[cells.Count];
        for (var k = 0; k < cells.Count; k++)
        {
            _cellCohort[k] = Array.IndexOf(cohorts, cells[k].Group);
        }
    }

    /// <summary>Per unit, its cohort's index among the cohorts, −1 for a unit in none (never treated).</summary>
    public IReadOnlyList<int> UnitCohort => _unitCohort;

    /// <summary>Number of cohorts (the slots of <see cref="InfluenceForm.CohortTerms"/> are one more).</summary>
    public int CohortCount => _cohortShare.Length;

    /// <summary>Post-treatment cells weighted by cohort share.</summary>
    public AggregateParts Simple()
    {
        var post = Select(c => c.Time >= c.Group);
        var (att, psi, _) = Weighted(post);
        return new AggregateParts(DidAggregationType.Simple, [], [], [], [], att, psi);
    }

    /// <summary>Per cohort, the plain mean of its post-treatment cells; overall weighted by cohort share.</summary>
    public AggregateParts Group()
    {
        var cohorts = _cells.Select(c => c.Group).Distinct().Order().ToArray();
        var atts = new double[cohorts.Length];
        var psis = new double[cohorts.Length][];
        var forms = new InfluenceForm[cohorts.Length];
        var shares = new double[cohorts.Length];
        var cohortIndex = new int[cohorts.Length];
        for (var e = 0; e < cohorts.Length; e++)
        {
            var g = cohorts[e];
            var keep = Select(c => c.Group == g && c.Time >= g);
            (atts[e], psis[e]) = Mean(keep.Select(k => _cells[k].Att).ToArray(), keep.Select(k => _cells[k].Psi).ToArray());
            forms[e] = MeanForm(keep);
            cohortIndex[e] = _cellCohort[keep[0]];
            shares[e] = _cohortShare[cohortIndex[e]];
        }

        var (overall, overallPsi, _, _) = Weighted(atts, psis, shares, cohortIndex);
        return new AggregateParts(DidAggregationType.Group, cohorts, atts, psis, forms, overall, overallPsi);
    }

    /// <summary>Per event time e = t − g, cells weighted by cohort share; overall = mean over e ≥ 0.</summary>
    public AggregateParts Dynamic()
    {
        var events = _cells.Select(c => c.Time - c.Group).Distinct().Order().ToArray();
        var atts = new double[events.Length];
        var psis = new double[events.Length][];
        var forms = new InfluenceForm[events.Length];
        for (var e = 0; e < events.Length; e++)
        {
            var ev = events[e];
            (atts[e], psis[e], forms[e]) = Weighted(Select(c => c.Time - c.Group == ev));
        }

        var post = Enumerable.Range(0, events.Length).Where(e => events[e] >= 0).ToArray();
        var (overall, overallPsi) = Mean(post.Select(e => atts[e]).ToArray(), post.Select(e => psis[e]).ToArray());
        return new AggregateParts(DidAggregationType.Dynamic, events, atts, psis, forms, overall, overallPsi);
    }

    /// <summary>Per calendar period from the first cohort on, treated cells weighted by cohort share; overall = mean.</summary>
    public AggregateParts Calendar()
    {
        var firstCohort = _cells.Min(c => c.Group);
        var times = _cells.Select(c => c.Time).Where(t => t >= firstCohort).Distinct().Order().ToArray();
        var atts = new double[times.Length];
        var psis = new double[times.Length][];
        var forms = new InfluenceForm[times.Length];
        for (var e = 0; e < times.Length; e++)
        {
            var t = times[e];
            (atts[e], psis[e], forms[e]) = Weighted(Select(c => c.Time == t && c.Group <= t));
        }

        var (overall, overallPsi) = Mean(atts, psis);
        return new AggregateParts(DidAggregationType.Calendar, times, atts, psis, forms, overall, overallPsi);
    }

    private int[] Select(Func<GroupTimeCell, bool> predicate) =>
        Enumerable.Range(0, _cells.Count).Where(k => predicate(_cells[k])).ToArray();

    private (double Att, double[] Psi, InfluenceForm Form) Weighted(int[] keep)
    {
        var atts = keep.Select(k => _cells[k].Att).ToArray();
        var psis = keep.Select(k => _cells[k].Psi).ToArray();
        var cohort = keep.Select(k => _cellCohort[k]).ToArray();
        var shares = cohort.Select(c => _cohortShare[c]).ToArray();
        var (att, psi, weights, cohortTerms) = Weighted(atts, psis, shares, cohort);
        var cellWeights = new double[_cells.Count];
        for (var j = 0; j < keep.Length; j++)
        {
            cellWeights[keep[j]] = weights[j];
        }

        return (att, psi, new InfluenceForm(cellWeights, cohortTerms));
    }

    // The plain mean of cells: weight 1/m on each, no weight-estimation term.
    private InfluenceForm MeanForm(int[] keep)
    {
        var cellWeights = new double[_cells.Count];
        foreach (var k in keep)
        {
            cellWeights[k] = 1.0 / keep.Length;
        }

        return new InfluenceForm(cellWeights, new double[_cohortShare.Length + 1]);
    }

    // Σ wₖ attₖ with wₖ = sharesₖ / S, and its influence function including the estimated weights: Σ wₖ ψₖ plus a
    // term per cohort (index cohort + 1; 0 for units in no cohort).
    private (double Att, double[] Psi, double[] Weights, double[] CohortTerms) Weighted(double[] atts, double[][] psis, double[] shares, int[] cohort)
    {
        var s = shares.Sum();
        var a = 0.0;
        var sumAtt = new double[_cohortShare.Length];
        var count = new double[_cohortShare.Length];
        for (var k = 0; k < atts.Length; k++)
        {
            a += shares[k] * atts[k];
            sumAtt[cohort[k]] += atts[k];
            count[cohort[k]] += 1.0;
        }

        var weights = shares.Select(p => p / s).ToArray();
        var psi = Combine(psis, weights);
        var cohortTerms = new double[_cohortShare.Length + 1];
        for (var c = -1; c < _cohortShare.Length; c++)
        {
            var ownAtt = c >= 0 ? sumAtt[c] : 0.0;
            var ownCount = c >= 0 ? count[c] : 0.0;
            cohortTerms[c + 1] = ((ownAtt - a) / s) - ((ownCount - s) * a / (s * s));
        }

        for (var i = 0; i < _n; i++)
        {
            psi[i] += cohortTerms[_unitCohort[i] + 1];
        }

        return (a / s, psi, weights, cohortTerms);
    }

    private (double Att, double[] Psi) Mean(double[] atts, double[][] psis)
    {
        var w = Enumerable.Repeat(1.0 / atts.Length, atts.Length).ToArray();
        var att = 0.0;
        for (var k = 0; k < atts.Length; k++)
        {
            att += w[k] * atts[k];
        }

        return (att, Combine(psis, w));
    }

    // Σₖ wₖ ψₖ, column after column; four units per vector (the same product and sum per element).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] Combine(double[][] psis, double[] weights)
    {
        var psi = new double[_n];
        for (var k = 0; k < psis.Length; k++)
        {
            var column = psis[k].AsSpan(0, _n);
            var w = weights[k];
            var wv = Vector256.Create(w);
            var i = 0;
            for (; i + Vector256<double>.Count <= _n; i += Vector256<double>.Count)
            {
                (Vector256.Create(psi.AsSpan(i)) + (wv * Vector256.Create(column[i..]))).CopyTo(psi.AsSpan(i));
            }

            for (; i < _n; i++)
            {
                psi[i] += w * column[i];
            }
        }

        return psi;
    }
}
