namespace ImpactAnalytics.Core.Numerics;

/// <summary>
/// A point where an estimator that has just discarded large temporaries (arrays of the size of the panel, which live
/// on the large-object heap) lets the runtime reclaim them once enough has been allocated. After a large ingest the
/// runtime's budget for the large-object heap is gigabytes, so without this the garbage of a counterfactual run at
/// 500,000 firms stays resident (about 2 GB) until the process ends. The collection is a background one: its marking
/// runs on the runtime's background GC thread beside the estimators, which stop only for its two short suspensions
/// (a blocking full collection stopped every thread for 0.05–0.3 s each, eight times at 500,000 firms, while it
/// marked on one core and left the other idle). The large-object garbage is swept as soon as the marking ends, so
/// it is reused before the heap grows much. It runs at most once per <see cref="Threshold"/> bytes allocated, so
/// small data never triggers one. Results do not depend on it.
/// </summary>
internal static class GarbageCheckpoint
{
    /// <summary>Bytes allocated by the process since the last collection here before the next one.</summary>
    public const long Threshold = 128L << 20;

    private static readonly Lock Gate = new();
    private static long _mark;

    /// <summary>
    /// Starts a background full collection (not compacting) when <see cref="Threshold"/> bytes were allocated since
    /// the last time; a blocking one where the runtime has no background collection (concurrent GC disabled).
    /// </summary>
    public static void Pass()
    {
        if (GC.GetTotalAllocatedBytes() - Volatile.Read(ref _mark) < Threshold)
        {
            return;
        }

        lock (Gate)
        {
            if (GC.GetTotalAllocatedBytes() - _mark < Threshold)
            {
                return;
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);
            Volatile.Write(ref _mark, GC.GetTotalAllocatedBytes());
        }
    }
}
