using System.Buffers.Binary;
using System.IO.Compression;

namespace ImpactAnalytics.Ingestion.Text;

/// <summary>
/// A gzip decompressor that notices truncation. .NET's <see cref="GZipStream"/> ends silently when the compressed
/// data stops early, so at the end this stream compares the trailer's ISIZE (uncompressed length mod 2^32, the last
/// four bytes of the file) with what it produced, and throws <see cref="InvalidDataException"/> when they differ.
/// </summary>
/// <remarks>A file of several concatenated gzip members fails the check (ISIZE covers the last member only).</remarks>
internal sealed class GzipCheckedStream : Stream
{
    private readonly FileStream _file;
    private readonly GZipStream _gzip;
    private long _produced;
    private bool _checked;

    public GzipCheckedStream(FileStream file)
    {
        _file = file;
        _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _produced;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _gzip.Read(buffer);
        _produced += n;
        if (n == 0 && !buffer.IsEmpty && !_checked)
        {
            _checked = true;
            CheckTrailer();
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckTrailer()
    {
        // Header (10 bytes) + empty deflate block + trailer (8 bytes) is the smallest complete gzip file.
        if (_file.Length < 18)
        {
            throw new InvalidDataException("the gzip file is truncated: it is shorter than a gzip header and trailer");
        }

        Span<byte> tail = stackalloc byte[4];
        _file.Position = _file.Length - 4;
        _file.ReadExactly(tail);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        if (size != (uint)_produced)
        {
            throw new InvalidDataException(
                "the gzip file is truncated or corrupt: its data ends before the gzip trailer, or the trailer's length does not match");
        }
    }
}
