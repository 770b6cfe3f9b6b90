using System.Buffers;

namespace ImpactAnalytics.Ingestion.Csv;

/// <summary>
/// Cuts the rest of a delimited text file (after the header) into blocks of whole records, each with the physical
/// line its first record starts on, so that blocks can be parsed independently and give exactly the records, fields
/// and line numbers one <see cref="CsvRecordReader"/> over the whole file gives.
/// </summary>
/// <remarks>
/// A block ends just after a line end (LF, or CR in a CR-only file) that is outside quotes, found with the reader's
/// own quoting rule (see <see cref="CsvRecordReader"/>) run from the block's start, which is always a record start:
/// outside quotes, a quote opens quoting only as a field's first byte (first byte of the block, or after a line end
/// or a separator) or right after the quote that closed quoting (a doubled quote); inside quotes, a quote closes
/// quoting. So a stray quote inside an unquoted field (<c>Acme BV 5" Tools</c>) is literal here as in the reader,
/// and blocks are cut only at true record ends. Only quotes and line ends are searched for (vectorised); whether a
/// quote starts a field is read off the byte before it. A record longer than the block size grows the block (as the reader's own
/// buffer would grow). When the stream fails (truncated gzip, I/O), the blocks before hold every complete record
/// read until then and <see cref="Error"/> is set; the incomplete record at the break is dropped, as the reader
/// drops it.
/// </remarks>
internal sealed class RecordBlockSplitter
{
    private static readonly SearchValues<byte> QuoteOrLf = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> QuoteOrCr = SearchValues.Create("\"\r"u8);
    private readonly Stream? _stream;
    private readonly byte _separator;
    private readonly byte _lineEnd;
    private readonly int _blockSize;
    private byte[] _carry;
    private int _carryOffset;
    private int _carryCount;
    private long _nextLine;
    private bool _ended;

    /// <summary>Continues where <paramref name="reader"/> (positioned after the header) stopped; the reader is spent.</summary>
    public RecordBlockSplitter(CsvRecordReader reader, int blockSize)
    {
        _separator = reader.Separator;
        _lineEnd = reader.LineEnd;
        var (buffer, offset, count, nextLine, stream) = reader.Detach();
        _carry = buffer;
        _carryOffset = offset;
        _carryCount = count - offset;
        _nextLine = nextLine;
        _stream = stream;
        _ended = stream is null;
        _blockSize = Math.Max(blockSize, 1);
    }

    /// <summary>The read failure that ended the input early, once the blocks before it have been handed out.</summary>
    public Exception? Error { get; private set; }

    /// <summary>
    /// Fills <paramref name="buffer"/> (grown when a record needs it) with the next whole records; <c>false</c>
    /// when none are left.
    /// </summary>
    public bool Next(ref byte[] buffer, out int count, out long firstLine)
    {
        count = 0;
        firstLine = _nextLine;
        if (_ended && _carryCount == 0)
        {
            return false;
        }

        if (buffer.Length < _blockSize)
        {
            buffer = new byte[_blockSize];
        }

        var n = 0;
        while (true)
        {
            n = Fill(buffer, n);
            var cut = LastRecordEnd(buffer.AsSpan(0, n), _separator, _lineEnd);
            if (_ended && _carryCount == 0)
            {
                // At the end everything left is the last record; after a failure only whole records count.
                count = Error is null ? n : cut;
                break;
            }

            if (cut > 0)
            {
                count = cut;
                KeepCarry(buffer, cut, n);
                break;
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        _nextLine += buffer.AsSpan(0, count).Count(_lineEnd);
        return count > 0;
    }

    /// <summary>Appends bytes to buffer[..n]: first what is carried over, then from the stream.</summary>
    private int Fill(byte[] buffer, int n)
    {
        var take = Math.Min(_carryCount, buffer.Length - n);
        _carry.AsSpan(_carryOffset, take).CopyTo(buffer.AsSpan(n));
        _carryOffset += take;
        _carryCount -= take;
        n += take;
        if (_carryCount > 0 || _ended)
        {
            return n;
        }

        try
        {
            while (n < buffer.Length)
            {
                var read = _stream!.Read(buffer, n, buffer.Length - n);
                if (read == 0)
                {
                    _ended = true;
                    break;
                }

                n += read;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Error = e;
            _ended = true;
        }

        return n;
    }

    /// <summary>Keeps buffer[cut..n] (the start of the next record) to lead the next block.</summary>
    private void KeepCarry(byte[] buffer, int cut, int n)
    {
        var left = n - cut;
        if (_carryCount > 0)
        {
            // The whole buffer came from the carry, which still holds those bytes just before its offset.
            _carryOffset -= left;
            _carryCount += left;
            return;
        }

        if (_carry.Length < left)
        {
            _carry = new byte[Math.Max(left, 256)];
        }

        buffer.AsSpan(cut, left).CopyTo(_carry);
        _carryOffset = 0;
        _carryCount = left;
    }

    /// <summary>
    /// The length of the longest prefix of <paramref name="bytes"/> (which start at a record start) that is whole
    /// records, ending after a line end outside quotes; 0 when there is none.
    /// </summary>
    internal static int LastRecordEnd(ReadOnlySpan<byte> bytes, byte separator, byte lineEnd)
    {
        if (!bytes.Contains((byte)'"'))
        {
            return bytes.LastIndexOf(lineEnd) + 1;
        }

        var stops = lineEnd == (byte)'\r' ? QuoteOrCr : QuoteOrLf;
        var inQuotes = false;
        var lastClose = -2;
        var end = 0;
        var scan = 0;
        while (true)
        {
            var i = bytes[scan..].IndexOfAny(stops);
            if (i < 0)
            {
                return end;
            }

            var p = scan + i;
            scan = p + 1;
            if (bytes[p] != (byte)'"')
            {
                end = inQuotes ? end : scan;
            }
            else if (inQuotes)
            {
                inQuotes = false;
                lastClose = p;
            }
            else
            {
                inQuotes = p == 0 || bytes[p - 1] == separator || bytes[p - 1] == lineEnd || p == lastClose + 1;
            }
        }
    }
}
