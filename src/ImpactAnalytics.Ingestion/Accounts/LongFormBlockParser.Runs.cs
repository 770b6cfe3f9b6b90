using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// The fast path of the long-form parse: a record whose bytes up to the code field are those of a record already
/// settled (<see cref="RecordRun"/>) needs only its code and value read. It applies when the code and the value are
/// the last two columns; the record must be unquoted, on one line, with its line end within 32 bytes of the code
/// field's start. Anything else — and any value that would raise an issue — takes the general path, which gives
/// the same rows, events and counts for every record.
/// </summary>
internal sealed partial class LongFormBlockParser
{
    private readonly RunLayout _runs;
    private RecordRun _run;

    /// <summary>
    /// Reads the record at <paramref name="position"/> by the remembered run; <c>false</c>, with nothing changed,
    /// when the general path must read it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryRun(LongFormBlock block, ref int position, ref long line, bool decimalComma)
    {
        var buffer = block.Buffer;
        var start = position;
        var tail = start + _run.Length;
        var available = block.Count - tail;
        if (available <= 0 || tail > buffer.Length - Vector256<byte>.Count)
        {
            return false;
        }

        ref var data = ref MemoryMarshal.GetArrayDataReference(buffer);
        if (!_run.Matches(ref Unsafe.Add(ref data, start)))
        {
            return false;
        }

        var v = Vector256.LoadUnsafe(ref data, (nuint)tail);
        var ends = Vector256.Equals(v, _runs.LineEnd).ExtractMostSignificantBits();
        if (available < Vector256<byte>.Count)
        {
            ends &= (1u << available) - 1;
        }

        if (ends == 0)
        {
            return false;
        }

        var k = BitOperations.TrailingZeroCount(ends);
        var before = (1u << k) - 1;
        var separators = Vector256.Equals(v, _runs.Separator).ExtractMostSignificantBits() & before;
        if ((Vector256.Equals(v, _runs.Quote).ExtractMostSignificantBits() & before) != 0 || BitOperations.PopCount(separators) != 1)
        {
            return false;
        }

        var separator = tail + BitOperations.TrailingZeroCount(separators);
        var recordEnd = tail + k;
        var end = buffer[recordEnd - 1] == (byte)'\r' ? recordEnd - 1 : recordEnd;
        var first = buffer.AsSpan(tail, separator - tail);
        var second = buffer.AsSpan(separator + 1, end - separator - 1);
        var code = _runs.CodeFirst ? first : second;
        var codeAt = _runs.CodeFirst ? tail : separator + 1;
        if (!(codeAt <= buffer.Length - sizeof(ulong) && RubricBytes.TryParseExact(buffer.AsSpan(codeAt), code.Length, out var rubric))
            && !RubricBytes.TryParse(code, out rubric))
        {
            block.Records++;
            block.LastLine = line;
            block.Skips.NoteUnused(code, line);
        }
        else
        {
            var number = _runs.CodeFirst ? second : first;
            var at = _runs.CodeFirst ? separator + 1 : tail;
            if (!((number.Length <= 16 && at <= buffer.Length - 16
                    && NumberParser.TryParsePadded(buffer.AsSpan(at), number.Length, _runs.DecimalMark, out var value))
                || NumberParser.TryParse(number, decimalComma, out value))
                || (value < 0 && RubricKinds.IsFte(rubric)) || Math.Abs(value) >= RubricKinds.MaxMagnitude)
            {
                return false;
            }

            block.Records++;
            block.LastLine = line;
            ref var row = ref block.AddRow();
            row = _run.Row;
            row.Value = value;
            row.Line = line;
            row.RecordStart = start;
            row.RecordEnd = recordEnd;
            row.Rubric = (byte)rubric;
        }

        position = recordEnd + 1;
        line++;
        return true;
    }

    /// <summary>Remembers the leading bytes of a record the general path kept, for the records after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RememberRun(byte[] buffer, in LongFormRow row)
    {
        var start = row.RecordStart;
        if (_runs.PrefixFields == 0 || start > buffer.Length - Vector256<byte>.Count
            || (_run.Length > 0 && _run.Matches(ref buffer[start])))
        {
            return;
        }

        // The prefix ends at the separator that ends the last leading field; it holds no quote and no line end.
        var bytes = Vector256.LoadUnsafe(ref buffer[start]);
        var separators = Vector256.Equals(bytes, _runs.Separator).ExtractMostSignificantBits();
        var recordLength = row.RecordEnd - start;
        separators &= recordLength < Vector256<byte>.Count ? (1u << recordLength) - 1 : uint.MaxValue;
        for (var f = 1; f < _runs.PrefixFields; f++)
        {
            separators &= separators - 1;
        }

        if (separators == 0)
        {
            return;
        }

        var length = BitOperations.TrailingZeroCount(separators) + 1;
        var within = length == Vector256<byte>.Count ? uint.MaxValue : (1u << length) - 1;
        var stops = Vector256.Equals(bytes, _runs.Quote) | Vector256.Equals(bytes, _runs.LineEnd);
        if ((stops.ExtractMostSignificantBits() & within) != 0)
        {
            return;
        }

        _run.Remember(buffer.AsSpan(start), length, row);
    }

    /// <summary>Whether the fast path applies to a file's columns, and the bytes it looks for.</summary>
    private readonly struct RunLayout
    {
        public RunLayout(LongFormColumns c, int fields, byte separator, byte lineEnd, bool decimalComma)
        {
            var last = fields - 1;
            var tailColumns = (c.Code == last - 1 && c.Value == last) || (c.Value == last - 1 && c.Code == last);
            PrefixFields = Vector256.IsHardwareAccelerated && fields >= 3 && tailColumns ? fields - 2 : 0;
            CodeFirst = c.Code < c.Value;
            SeparatorByte = separator;
            LineEndByte = lineEnd;
            DecimalMark = decimalComma ? (byte)',' : (byte)'.';
            Separator = Vector256.Create(separator);
            LineEnd = Vector256.Create(lineEnd);
            Quote = Vector256.Create((byte)'"');
        }

        /// <summary>Fields before the code and the value; 0: the fast path does not apply.</summary>
        public int PrefixFields { get; }

        public bool CodeFirst { get; }

        public byte SeparatorByte { get; }

        public byte LineEndByte { get; }

        /// <summary>The byte that marks decimals: a comma in the decimal-comma dialect, else a point.</summary>
        public byte DecimalMark { get; }

        public Vector256<byte> Separator { get; }

        public Vector256<byte> LineEnd { get; }

        public Vector256<byte> Quote { get; }
    }
}
