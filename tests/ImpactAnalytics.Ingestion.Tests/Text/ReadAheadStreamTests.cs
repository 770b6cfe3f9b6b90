using ImpactAnalytics.Ingestion.Text;

namespace ImpactAnalytics.Ingestion.Tests.Text;

/// <summary>
/// The read-ahead stream gives exactly the inner stream's bytes and then its exception, with or without a burst
/// decompressed before the first read, and a burst does not outlast its first reads.
/// </summary>
public sealed class ReadAheadStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(100)]
    public void Bytes_come_out_as_the_inner_stream_gave_them(int burst)
    {
        var bytes = new byte[50_000];
        new Random(5).NextBytes(bytes);
        using var stream = new ReadAheadStream(new MemoryStream(bytes), blockSize: 1000, depth: 2, burst: burst);
        // Let the producer run ahead into the burst before the first read.
        Thread.Sleep(50);

        var read = new MemoryStream();
        var buffer = new byte[777];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            read.Write(buffer, 0, n);
        }

        Assert.Equal(bytes, read.ToArray());
        Assert.Equal(0, stream.Read(buffer));
    }

    [Fact]
    public void The_inner_streams_failure_comes_after_every_byte_read_before_it()
    {
        var inner = new FailingStream(new byte[5_500], failAfter: 5_500);
        using var stream = new ReadAheadStream(inner, blockSize: 1000, depth: 2, burst: 10);
        Thread.Sleep(50);
        var buffer = new byte[10_000];
        var total = 0;

        var error = Assert.Throws<InvalidDataException>(() =>
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
            }
        });

        Assert.Equal(5_500, total);
        Assert.Equal("broken", error.Message);
    }

    [Fact]
    public void A_stream_disposed_before_any_read_stops_its_producer()
    {
        var inner = new MemoryStream(new byte[1 << 20]);
        var stream = new ReadAheadStream(inner, blockSize: 1000, depth: 2, burst: 5);

        stream.Dispose();

        Assert.False(inner.CanRead);
    }

    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= failAfter)
            {
                throw new InvalidDataException("broken");
            }

            return base.Read(buffer, offset, (int)Math.Min(count, failAfter - Position));
        }
    }
}
