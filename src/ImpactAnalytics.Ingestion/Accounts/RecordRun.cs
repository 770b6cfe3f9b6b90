using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// The leading bytes of the last long-form record that passed every check of its leading fields (enterprise
/// number, year, scheme, period, months: every column before the code and the value), up to and including the
/// separator before the code, with the row those fields made. Rows come in runs of the same firm, year and scheme,
/// so a record whose leading bytes are the same is settled by one 32-byte compare instead of field-by-field checks.
/// </summary>
/// <remarks>
/// What the leading fields mean (firm index, year, scheme, months, period, whether the year is studied) depends on
/// their bytes alone, so a remembered run stays valid across records and blocks. Only prefixes of at most 32 bytes
/// without quotes or line ends are remembered.
/// </remarks>
internal struct RecordRun
{
    private Vector256<byte> _prefix;
    private uint _mask;

    /// <summary>Bytes remembered: the leading fields and their separators; 0 when nothing is remembered.</summary>
    public int Length { get; private set; }

    /// <summary>The row the leading fields made (firm, year, period, scheme, months); its other fields are unset.</summary>
    public LongFormRow Row { get; private set; }

    /// <summary>Whether the <see cref="Length"/> bytes at <paramref name="at"/> are the remembered ones; 32 bytes must be readable there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Matches(ref byte at) =>
        (Vector256.Equals(Vector256.LoadUnsafe(ref at), _prefix).ExtractMostSignificantBits() & _mask) == _mask;

    /// <summary>Remembers the first <paramref name="length"/> (1–32) of the 32 <paramref name="bytes"/> and the row they made.</summary>
    public void Remember(ReadOnlySpan<byte> bytes, int length, in LongFormRow row)
    {
        _prefix = Vector256.Create(bytes[..Vector256<byte>.Count]);
        _mask = length == 32 ? uint.MaxValue : (1u << length) - 1;
        Length = length;
        Row = row;
    }
}
