using System.Runtime.InteropServices;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// A growable array of unmanaged values stored in fixed chunks of 65,536 elements outside the GC heap: growing
/// allocates one more chunk and copies nothing, so memory follows the count (never twice it, as with doubling), and
/// <see cref="Dispose"/> gives the memory back to the operating system at once instead of whenever a full
/// garbage collection gets to it — which is what keeps ingestion's peak to one copy of the values while they move
/// into the panel.
/// </summary>
internal sealed unsafe class ChunkedArray<T> : IDisposable
    where T : unmanaged
{
    public const int Shift = 16;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private nint[] _chunks = [];
    private int _chunkCount;

    ~ChunkedArray() => Free();

    /// <summary>Elements that storage exists for (a multiple of <see cref="ChunkSize"/>).</summary>
    public int Capacity => _chunkCount << Shift;

    /// <summary>The element at <paramref name="index"/>, which must be below <see cref="Capacity"/>.</summary>
    public ref T this[int index] => ref ((T*)_chunks[index >> Shift])[index & Mask];

    /// <summary>
    /// The address of the element at <paramref name="index"/> (below <see cref="Capacity"/>), valid until
    /// <see cref="Dispose"/>: chunks never move, so growing does not invalidate it.
    /// </summary>
    public T* Pointer(int index) => (T*)_chunks[index >> Shift] + (index & Mask);

    /// <summary>Chunk <paramref name="chunk"/> (elements chunk · <see cref="ChunkSize"/> onwards), which must exist.</summary>
    public Span<T> Chunk(int chunk)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)chunk, (uint)_chunkCount, nameof(chunk));
        return new Span<T>((T*)_chunks[chunk], ChunkSize);
    }

    /// <summary>Makes room for indices below <paramref name="count"/>; new elements are zero.</summary>
    public void EnsureCapacity(int count)
    {
        while (Capacity < count)
        {
            if (_chunkCount == _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
            }

            _chunks[_chunkCount++] = (nint)NativeMemory.AllocZeroed((nuint)ChunkSize, (nuint)sizeof(T));
        }
    }

    /// <summary>Frees every chunk; the array is empty (capacity 0) afterwards.</summary>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        for (var i = 0; i < _chunkCount; i++)
        {
            NativeMemory.Free((void*)_chunks[i]);
            _chunks[i] = 0;
        }

        _chunkCount = 0;
    }
}
