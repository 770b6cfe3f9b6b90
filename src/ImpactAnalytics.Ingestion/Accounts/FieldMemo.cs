using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Remembers the bytes of one short field (at most 16) and what they were parsed to, so that the next row with the
/// same bytes skips the parse. Only valid fields are remembered; a field that was never remembered matches nothing.
/// </summary>
/// <remarks>
/// The bytes are kept as a length and two words: for 9–16 bytes the first eight and the last eight, for 4–8 the
/// first four and the last four, for 1–3 the first, middle and last byte. Given the length, the words determine
/// the bytes (the overlapping parts are the same bytes), so comparing length and words is comparing the bytes —
/// a few loads instead of a call to a general sequence comparison, on every row of the long-form file.
/// </remarks>
internal struct FieldMemo
{
    private const int Capacity = 16;
    private int _length;
    private ulong _head;
    private ulong _tail;

    /// <summary>What the remembered bytes mean (a firm index, a year, a scheme).</summary>
    public int Meaning { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Matches(ReadOnlySpan<byte> field)
    {
        if (_length == 0 || field.Length != _length)
        {
            return false;
        }

        var (head, tail) = Words(field);
        return head == _head && tail == _tail;
    }

    public void Remember(ReadOnlySpan<byte> field, int meaning)
    {
        if (field.IsEmpty || field.Length > Capacity)
        {
            _length = 0;
            return;
        }

        (_head, _tail) = Words(field);
        _length = field.Length;
        Meaning = meaning;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Words(ReadOnlySpan<byte> field) => field.Length switch
    {
        >= 8 => (BinaryPrimitives.ReadUInt64LittleEndian(field), BinaryPrimitives.ReadUInt64LittleEndian(field[^8..])),
        >= 4 => (BinaryPrimitives.ReadUInt32LittleEndian(field), BinaryPrimitives.ReadUInt32LittleEndian(field[^4..])),
        _ => (field[0] | ((ulong)field[field.Length >> 1] << 8), field[^1]),
    };
}
