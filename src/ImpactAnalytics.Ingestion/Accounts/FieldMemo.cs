namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Remembers the bytes of one short field (at most 16) and what they were parsed to, so that the next row with the
/// same bytes skips the parse. Only valid fields are remembered; a field that was never remembered matches nothing.
/// </summary>
internal struct FieldMemo
{
    private const int Capacity = 16;
    private Bytes _bytes;
    private int _length;

    /// <summary>What the remembered bytes mean (a firm index, a year, a scheme).</summary>
    public int Meaning { get; private set; }

    public readonly bool Matches(ReadOnlySpan<byte> field) =>
        _length > 0 && field.Length == _length && field.SequenceEqual(((ReadOnlySpan<byte>)_bytes)[.._length]);

    public void Remember(ReadOnlySpan<byte> field, int meaning)
    {
        if (field.IsEmpty || field.Length > Capacity)
        {
            _length = 0;
            return;
        }

        field.CopyTo(_bytes);
        _length = field.Length;
        Meaning = meaning;
    }

    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct Bytes
    {
        private byte _first;
    }
}
