using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace ImpactAnalytics.Ingestion.Text;

/// <summary>
/// Reads an inner stream ahead on a thread of its own, through a bounded set of blocks, so that the expensive inner
/// read (gzip decompression) runs on one core while the reader parses on another. Bytes come out exactly as the
/// inner stream produced them; an exception of the inner stream comes out, as itself, after every byte that was read
/// before it. Memory is bounded: <c>depth</c> blocks of <c>blockSize</c> bytes, plus at most <c>burst</c> more
/// that are made only until the reader's first read — decompressing ahead while the caller does other work first
/// (reading the register) — and freed as the reader consumes them (native memory, so they do not wait in the large
/// object heap for a full collection).
/// </summary>
internal sealed unsafe class ReadAheadStream : Stream
{
    private readonly Stream _inner;
    private readonly BlockingCollection<Block> _filled;
    private readonly BlockingCollection<byte[]> _free;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _producer;
    private Block _current = new([], 0, 0, null);
    private int _offset;
    private bool _ended;
    private long _position;
    private readonly int _blockSize;
    // Burst blocks: made by the producer while the reader has not read yet, freed once read.
    private volatile bool _reading;
    private int _burstLeft;

    public ReadAheadStream(Stream inner, int blockSize = 1 << 20, int depth = 4, int burst = 0)
    {
        _inner = inner;
        _blockSize = blockSize;
        _burstLeft = burst;
        _filled = new BlockingCollection<Block>(depth + burst);
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

        _reading = true;
        while (_offset == _current.Count)
        {
            if (_ended)
            {
                return 0;
            }

            if (_current.Native != 0)
            {
                NativeMemory.Free((void*)_current.Native);
            }
            else if (_current.Buffer.Length > 0)
            {
                _free.Add(_current.Buffer);
            }

            _current = _filled.Take();
            _offset = 0;
            if (_current.Error is { } error)
            {
                _ended = true;
                _current = new Block([], 0, 0, null);
                ExceptionDispatchInfo.Throw(error);
            }

            if (_current.Count == 0)
            {
                _ended = true;
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _current.Count - _offset);
        Data(_current).Slice(_offset, n).CopyTo(buffer);
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
            if (_current.Native != 0)
            {
                NativeMemory.Free((void*)_current.Native);
                _current = new Block([], 0, 0, null);
            }

            while (_filled.TryTake(out var left))
            {
                if (left.Native != 0)
                {
                    NativeMemory.Free((void*)left.Native);
                }
            }

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
                var native = (nint)0;
                if (!_free.TryTake(out var buffer))
                {
                    if (!_reading && _burstLeft > 0)
                    {
                        // The reader has not started: decompress ahead into a block of the burst.
                        _burstLeft--;
                        native = (nint)NativeMemory.Alloc((nuint)_blockSize);
                        buffer = [];
                    }
                    else
                    {
                        buffer = _free.Take(_stop.Token);
                    }
                }

                var block = new Block(buffer, native, 0, null);
                var target = Data(block, _blockSize);
                var count = 0;
                Exception? error = null;
                try
                {
                    while (count < target.Length)
                    {
                        var n = _inner.Read(target[count..]);
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
                    try
                    {
                        _filled.Add(block with { Count = count }, _stop.Token);
                    }
                    catch (OperationCanceledException) when (native != 0)
                    {
                        // Disposed while handing the block over: nobody will read (and free) it.
                        NativeMemory.Free((void*)native);
                        throw;
                    }
                }
                else if (native != 0)
                {
                    NativeMemory.Free((void*)native);
                }

                if (error is not null || count < target.Length)
                {
                    // The inner stream failed, or ended (it returned 0 before the block was full).
                    _filled.Add(new Block([], 0, 0, error), _stop.Token);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed before the end: the reader no longer wants the rest.
        }
    }

    private static Span<byte> Data(Block block, int capacity = -1) => block.Native != 0
        ? new Span<byte>((void*)block.Native, capacity < 0 ? block.Count : capacity)
        : block.Buffer.AsSpan(0, capacity < 0 ? block.Count : capacity);

    /// <summary>A block's bytes are in <see cref="Buffer"/>, or (a burst block) at <see cref="Native"/>.</summary>
    private readonly record struct Block(byte[] Buffer, nint Native, int Count, Exception? Error);
}
