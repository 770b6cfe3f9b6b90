namespace ImpactAnalytics.Core.Aggregates;

/// <summary>
/// Accumulates the dominance measure of a cell: the share of Σ|VA| held by its two largest firms by |VA|. Absolute
/// values, because a loss-making firm is as identifiable as a profitable one and a signed total can be near zero.
/// </summary>
internal struct Dominance
{
    private double _sumAbs;
    private double _top1;
    private double _top2;

    public void Add(double va)
    {
        var a = Math.Abs(va);
        _sumAbs += a;
        if (a > _top1)
        {
            (_top1, _top2) = (a, _top1);
        }
        else if (a > _top2)
        {
            _top2 = a;
        }
    }

    /// <summary>Top-2 share in [0, 1]; 0 for a cell without VA.</summary>
    public readonly double Share => _sumAbs > 0 ? (_top1 + _top2) / _sumAbs : 0;
}
