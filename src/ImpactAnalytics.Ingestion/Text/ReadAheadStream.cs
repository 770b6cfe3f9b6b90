using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ImpactAnalytics.Ingestion.Text;

/// <summary>
/// Reads an inner stream ahead on a thread of its own, through a bounded set of blocks, so that the expensive inner
/// read (gzip decompression) runs on one core while the reader parses on another. Bytes come out exactly as the
/// inner stream produced them; an exception of the inner stream comes out, as itself, after every byte that was read
/// before it. Memory is bounded: <c>depth</c> blocks of <c>blockSize</c> bytes.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private readonly Stream _inner;
    private readonly BlockingCollection<Block> _filled;
    private readonly BlockingCollection<byte[]> _free;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _producer;
    private Block _current = new([], 0, null);
    private int _offset;
    private bool _ended;
    private long _position;

    public ReadAheadStream(Stream inner, int blockSize = 1 << 20, int depth = 4)
    {
        _inner = inner;
        _filled = new BlockingCollection<Block>(depth);
        _free = new BlockingCollection<byte[]>(depth + 1);
        for (var i = 0; i < depth + 1; i++)
        {
            _free.Add(new byte[blockSize]);
        }

        _producer = new Thread(Produce) { IsBackground = true, Name = "impact read-ahead" };
        _producer.Start();
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_offset == _current.Count)
        {
            if (_ended)
            {
                return 0;
            }

            if (_current.Buffer.Length > 0)
            {
                _free.Add(_current.Buffer);
            }

            _current = _filled.Take();
            _offset = 0;
            if (_current.Error is { } error)
            {
                _ended = true;
                _current = new Block([], 0, null);
                ExceptionDispatchInfo.Throw(error);
            }

            if (_current.Count == 0)
            {
                _ended = true;
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _current.Count - _offset);
        _current.Buffer.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        _position += n;
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
            _stop.Cancel();
            _producer.Join();
            _inner.Dispose();
            _filled.Dispose();
            _free.Dispose();
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Produce()
    {
        try
        {
            while (true)
            {
                var buffer = _free.Take(_stop.Token);
                var count = 0;
                Exception? error = null;
                try
                {
                    while (count < buffer.Length)
                    {
                        var n = _inner.Read(buffer, count, buffer.Length - count);
                        if (n == 0)
                        {
                            break;
                        }

                        count += n;
                    }
                }
                catch (Exception e)
                {
                    // Whatever the inner stream throws reaches the reader, in order, as the synchronous read would.
                    error = e;
                }

                if (count > 0)
                {
                    _filled.Add(new Block(buffer, count, null), _stop.Token);
                }

                if (error is not null || count < buffer.Length)
                {
                    // The inner stream failed, or ended (it returned 0 before the block was full).
                    _filled.Add(new Block([], 0, error), _stop.Token);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed before the end: the reader no longer wants the rest.
        }
    }

    private readonly record struct Block(byte[] Buffer, int Count, Exception? Error);
}
