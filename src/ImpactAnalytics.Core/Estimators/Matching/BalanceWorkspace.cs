namespace ImpactAnalytics.Core.Estimators.Matching;

/// <summary>
/// Work space of the balance table of one matching: the matched rows (positive weight, ascending) and sort buffers
/// of one element per row, shared by every variable's row so that each does not allocate its own.
/// </summary>
internal sealed class BalanceWorkspace(double[] weights)
{
    public double[] Weights { get; } = weights;

    public int[] Matched { get; } = BalanceStatistics.Compared(weights);

    public ulong[] Keys { get; } = GC.AllocateUninitializedArray<ulong>(weights.Length);

    public ulong[] Scratch { get; } = GC.AllocateUninitializedArray<ulong>(weights.Length);
}
