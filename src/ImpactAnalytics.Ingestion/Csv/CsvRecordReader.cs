using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// A streaming RFC 4180 tokenizer over bytes: one separator byte, double-quoted fields that may hold separators,
/// doubled quotes and line breaks, LF or CRLF line ends (or CR alone, when the file was sniffed so). Fields are
/// exposed as spans into its buffer (valid until the next <see cref="Read"/>), so the happy path allocates nothing
/// per row. Blank lines are not records.
/// </summary>
/// <remarks>
/// <para>Quoting: a double quote opens a quoted field only as a field's first byte (at the start of a record or
/// right after a separator; leading spaces are not skipped). Anywhere else in an unquoted field it is a literal
/// character (<c>Acme BV 5" Tools</c>), as CsvHelper and data.table's fread read it. Inside a quoted field <c>""</c>
/// is one quote and a lone quote closes the field; text between a closing quote and the next separator or line end
/// (<c>"ab"c</c>) is kept as unquoted text, quotes in it literal (<c>abc</c>), without an issue.</para>
/// <para>As a state machine over the bytes from a record's start: outside quotes, a quote opens quoting when it is
/// the record's first byte, follows a separator, or directly follows the quote that closed quoting (the second
/// quote of a doubled pair); inside quotes, any quote closes quoting. A line end outside quotes ends the record.
/// <see cref="RecordBlockSplitter"/> cuts blocks by the same rule.</para>
/// Works on bytes because every encoding the readers accept (UTF-8, Windows-1252) is ASCII-compatible: separators,
/// quotes and line ends are single ASCII bytes in both. Text fields are decoded by the caller.
/// </remarks>
internal sealed class CsvRecordReader
{
    private static readonly SearchValues<byte> QuoteOrLf = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> QuoteOrCr = SearchValues.Create("\"\r"u8);
    private readonly Stream? _stream;
    private readonly byte _separator;
    private readonly byte _lineEnd;
    private readonly SearchValues<byte> _quoteOrLineEnd;
    private byte[] _buffer;
    private byte[] _scratch = new byte[256];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private bool[] _inScratch = new bool[16];
    private int _pos;
    private int _end;
    private bool _eof;
    private long _nextLine = 1;

    /// <summary>
    /// Reads from <paramref name="initial"/>[offset..count] and then from <paramref name="stream"/> (null: those
    /// bytes only); the first record starts on physical line <paramref name="firstLine"/>. Records end at
    /// <paramref name="lineEnd"/>: LF (a CR before it is dropped) or, for a CR-only file, CR.
    /// </summary>
    public CsvRecordReader(Stream? stream, byte separator, byte[] initial, int offset, int count, long firstLine = 1, byte lineEnd = (byte)'\n')
    {
        _stream = stream;
        _separator = separator;
        _lineEnd = lineEnd;
        _quoteOrLineEnd = lineEnd == (byte)'\r' ? QuoteOrCr : QuoteOrLf;
        _buffer = initial;
        _pos = offset;
        _end = count;
        _eof = stream is null;
        _nextLine = firstLine;
    }

    /// <summary>The field separator byte.</summary>
    public byte Separator => _separator;

    /// <summary>The byte that ends a record: LF, or CR for a CR-only file; lines are counted in it.</summary>
    public byte LineEnd => _lineEnd;

    /// <summary>1-based physical line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Whether the current record ran into the end of the input inside a quoted field.</summary>
    public bool UnclosedQuote { get; private set; }

    /// <summary>Offset in the buffer of the current record's first byte (meaningful when reading without a stream).</summary>
    public int RecordStart { get; private set; }

    /// <summary>Offset in the buffer just past the current record's last byte, line end excluded.</summary>
    public int RecordEnd { get; private set; }

    /// <summary>Offset in the buffer where the next record begins (meaningful when reading without a stream).</summary>
    public int NextOffset => _pos;

    /// <summary>1-based physical line on which the next record begins.</summary>
    public long NextLine => _nextLine;

    /// <summary>
    /// Restarts on the bytes <paramref name="buffer"/>[offset..count] alone (no stream), the first record on physical
    /// line <paramref name="firstLine"/>: one reader serves block after block without allocating.
    /// </summary>
    public void Reset(byte[] buffer, int offset, int count, long firstLine)
    {
        _buffer = buffer;
        _pos = offset;
        _end = count;
        _eof = true;
        _nextLine = firstLine;
    }

    /// <summary>
    /// Hands over what this reader has not consumed: the buffered bytes after the current record, the physical line
    /// the next record starts on, and the stream the rest comes from (null when the buffer held everything). The
    /// reader must not be used afterwards.
    /// </summary>
    public (byte[] Buffer, int Offset, int Count, long NextLine, Stream? Stream) Detach() =>
        (_buffer, _pos, _end, _nextLine, _eof ? null : _stream);

    /// <summary>The i-th field of the current record, unquoted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Field(int i) => _inScratch[i]
        ? _scratch.AsSpan(_starts[i], _lengths[i])
        : _buffer.AsSpan(_starts[i], _lengths[i]);

    /// <summary>Advances to the next record; <c>false</c> at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        if (Vector256.IsHardwareAccelerated && TryReadPlain())
        {
            return true;
        }

        while (true)
        {
            var scan = _pos;
            var inQuotes = false;
            var anyQuote = false;
            var lastClose = -2; // offset from _pos of the quote that last closed quoting (Fill moves the bytes)
            int recordEnd;
            int next;
            while (true)
            {
                var i = _buffer.AsSpan(scan, _end - scan).IndexOfAny(_quoteOrLineEnd);
                if (i < 0)
                {
                    if (_eof)
                    {
                        recordEnd = _end;
                        next = _end;
                        break;
                    }

                    var consumed = scan - _pos;
                    Fill();
                    scan = _pos + consumed;
                    continue;
                }

                var p = scan + i;
                scan = p + 1;
                if (_buffer[p] == (byte)'"')
                {
                    anyQuote = true;
                    if (inQuotes)
                    {
                        inQuotes = false;
                        lastClose = p - _pos;
                    }
                    else
                    {
                        inQuotes = p == _pos || _buffer[p - 1] == _separator || p - _pos == lastClose + 1;
                    }
                }
                else if (!inQuotes)
                {
                    recordEnd = p;
                    next = scan;
                    break;
                }
            }

            if (recordEnd == _pos && next == _pos)
            {
                return false;
            }

            var start = _pos;
            _pos = next;
            var lineBreaks = anyQuote ? _buffer.AsSpan(start, recordEnd - start).Count(_lineEnd) : 0;
            Line = _nextLine;
            _nextLine += 1 + lineBreaks;
            var end = recordEnd > start && _buffer[recordEnd - 1] == (byte)'\r' ? recordEnd - 1 : recordEnd;
            if (end == start)
            {
                continue;
            }

            UnclosedQuote = inQuotes;
            RecordStart = start;
            RecordEnd = recordEnd;
            if (anyQuote)
            {
                SplitQuoted(start, end);
            }
            else
            {
                SplitPlain(start, end);
            }

            return true;
        }
    }

    /// <summary>
    /// The common record in one pass: no quote before its line end, not blank, and the line end within the bytes
    /// already buffered. Separators and the line feed are found 32 bytes at a time. Anything else returns
    /// <c>false</c> without having changed the reader's state, and <see cref="Read"/> takes the general path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadPlain()
    {
        var start = _pos;
        var from = start;
        var n = 0;
        var separators = Vector256.Create(_separator);
        var newlines = Vector256.Create(_lineEnd);
        var quotes = Vector256.Create((byte)'"');
        ref var data = ref MemoryMarshal.GetArrayDataReference(_buffer);
        for (var i = start; i + Vector256<byte>.Count <= _end; i += Vector256<byte>.Count)
        {
            var v = Vector256.LoadUnsafe(ref data, (nuint)i);
            var separator = Vector256.Equals(v, separators).ExtractMostSignificantBits();
            var quote = Vector256.Equals(v, quotes).ExtractMostSignificantBits();
            var stop = Vector256.Equals(v, newlines).ExtractMostSignificantBits() | quote;
            if (stop != 0)
            {
                var k = BitOperations.TrailingZeroCount(stop);
                var recordEnd = i + k;
                var end = recordEnd > start && _buffer[recordEnd - 1] == (byte)'\r' ? recordEnd - 1 : recordEnd;
                if ((quote & (1u << k)) != 0 || end == start)
                {
                    return false;
                }

                separator &= (1u << k) - 1;
                AddSeparated(ref n, ref from, i, separator);
                Add(ref n, from, end - from, false);
                FieldCount = n;
                UnclosedQuote = false;
                RecordStart = start;
                RecordEnd = recordEnd;
                _pos = recordEnd + 1;
                Line = _nextLine++;
                return true;
            }

            AddSeparated(ref n, ref from, i, separator);
        }

        return false;
    }

    /// <summary>Adds the fields ended by the separators in <paramref name="mask"/> (bit b: the byte at i + b).</summary>
    private void AddSeparated(ref int n, ref int from, int i, uint mask)
    {
        while (mask != 0)
        {
            var p = i + BitOperations.TrailingZeroCount(mask);
            Add(ref n, from, p - from, false);
            from = p + 1;
            mask &= mask - 1;
        }
    }

    private void SplitPlain(int start, int end)
    {
        var n = 0;
        var from = start;
        while (true)
        {
            var i = _buffer.AsSpan(from, end - from).IndexOf(_separator);
            var fieldEnd = i < 0 ? end : from + i;
            Add(ref n, from, fieldEnd - from, false);
            if (i < 0)
            {
                break;
            }

            from = fieldEnd + 1;
        }

        FieldCount = n;
    }

    private void SplitQuoted(int start, int end)
    {
        if (_scratch.Length < end - start)
        {
            _scratch = new byte[Math.Max(end - start, _scratch.Length * 2)];
        }

        var n = 0;
        var s = 0;
        var i = start;
        while (true)
        {
            var fieldStart = s;
            var quoted = i < end && _buffer[i] == (byte)'"';
            if (quoted)
            {
                i++;
            }

            while (i < end)
            {
                var b = _buffer[i];
                if (quoted && b == (byte)'"')
                {
                    if (i + 1 < end && _buffer[i + 1] == (byte)'"')
                    {
                        _scratch[s++] = b;
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    continue;
                }

                if (!quoted && b == _separator)
                {
                    break;
                }

                _scratch[s++] = b;
                i++;
            }

            Add(ref n, fieldStart, s - fieldStart, true);
            if (i >= end)
            {
                break;
            }

            i++;
        }

        FieldCount = n;
    }

    private void Add(ref int n, int start, int length, bool inScratch)
    {
        if (n == _starts.Length)
        {
            Array.Resize(ref _starts, n * 2);
            Array.Resize(ref _lengths, n * 2);
            Array.Resize(ref _inScratch, n * 2);
        }

        _starts[n] = start;
        _lengths[n] = length;
        _inScratch[n] = inScratch;
        n++;
    }

    private void Fill()
    {
        var live = _end - _pos;
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, live);
            _pos = 0;
            _end = live;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
