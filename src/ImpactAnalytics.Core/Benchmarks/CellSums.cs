using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Core.Benchmarks;

/// <summary>
/// The running sums of one benchmark cell, added in row order as the definition reads: firms, ΣVA, ΣFTE, Σ|VA| and
/// the two largest |VA| (for the dominance share).
/// </summary>
internal struct CellSums
{
    public int N;
    public double Va;
    public double Fte;
    public double AbsVa;
    public double Top1;
    public double Top2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double va, double fte)
    {
        N++;
        Va += va;
        Fte += fte;
        var a = Math.Abs(va);
        AbsVa += a;
        (Top1, Top2) = a > Top1 ? (a, Top1) : (Top1, Math.Max(Top2, a));
    }
}
