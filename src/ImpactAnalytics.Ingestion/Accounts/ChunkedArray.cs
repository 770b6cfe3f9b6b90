namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// A growable array stored in fixed chunks of 65,536 elements: growing allocates one more chunk and copies nothing,
/// so memory follows the count (never twice it, as with doubling) and no large array is ever copied.
/// </summary>
internal sealed class ChunkedArray<T>
{
    public const int Shift = 16;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private T[][] _chunks = [];
    private int _chunkCount;

    /// <summary>Elements that storage exists for (a multiple of <see cref="ChunkSize"/>).</summary>
    public int Capacity => _chunkCount << Shift;

    /// <summary>The element at <paramref name="index"/>, which must be below <see cref="Capacity"/>.</summary>
    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>Makes room for indices below <paramref name="count"/>; new elements are default.</summary>
    public void EnsureCapacity(int count)
    {
        while (Capacity < count)
        {
            if (_chunkCount == _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
            }

            _chunks[_chunkCount++] = new T[ChunkSize];
        }
    }
}
