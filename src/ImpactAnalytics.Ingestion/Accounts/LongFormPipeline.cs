using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ImpactAnalytics.Ingestion.Csv;

namespace ImpactAnalytics.Ingestion.Accounts;

/// <summary>
/// Runs the long-form parse on several threads and hands the parsed blocks back in file order. Workers take turns
/// cutting the next block off the input (under a lock, so blocks are numbered in file order and the stream is read
/// by one thread at a time), then parse it on their own; the caller pivots the blocks one after the other as they
/// come. Memory is bounded: a fixed pool of blocks (two per worker) circulates, so the workers can run at most that
/// far ahead of the pivot. With one worker everything happens on the calling thread.
/// </summary>
internal sealed class LongFormPipeline(RecordBlockSplitter splitter, Func<LongFormBlockParser> newParser, LongFormParallelism parallelism)
{
    private readonly object _cut = new();
    private bool _done;
    private Exception? _fatal;

    /// <summary>
    /// The parsed blocks in file order. A block is valid until the next one is asked for (it is then reused).
    /// </summary>
    public IEnumerable<LongFormBlock> Blocks() => parallelism.Workers <= 1 ? Inline() : Parallel();

    private IEnumerable<LongFormBlock> Inline()
    {
        using var block = new LongFormBlock();
        var parser = newParser();
        while (true)
        {
            block.Clear();
            if (!splitter.Next(ref block.Buffer, out block.Count, out block.FirstLine))
            {
                yield break;
            }

            parser.Parse(block);
            yield return block;
        }
    }

    private IEnumerable<LongFormBlock> Parallel()
    {
        var workers = parallelism.Workers;
        var pool = Enumerable.Range(0, 2 * workers).Select(_ => new LongFormBlock()).ToArray();
        using var free = new BlockingCollection<LongFormBlock>();
        using var order = new BlockingCollection<LongFormBlock>();
        using var stop = new CancellationTokenSource();
        foreach (var block in pool)
        {
            free.Add(block);
        }

        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            var parser = newParser();
            threads[w] = new Thread(() => Work(parser, free, order, stop.Token)) { IsBackground = true, Name = "impact parse" };
            threads[w].Start();
        }

        try
        {
            foreach (var block in order.GetConsumingEnumerable())
            {
                block.Parsed.Wait();
                if (block.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                yield return block;
                free.Add(block);
            }

            if (_fatal is { } fatal)
            {
                ExceptionDispatchInfo.Throw(fatal);
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            foreach (var block in pool)
            {
                block.Dispose();
            }
        }
    }

    private void Work(LongFormBlockParser parser, BlockingCollection<LongFormBlock> free, BlockingCollection<LongFormBlock> order, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var block = free.Take(stop);
                lock (_cut)
                {
                    if (_done || stop.IsCancellationRequested)
                    {
                        return;
                    }

                    block.Clear();
                    if (!splitter.Next(ref block.Buffer, out block.Count, out block.FirstLine))
                    {
                        _done = true;
                        order.CompleteAdding();
                        return;
                    }

                    order.Add(block, CancellationToken.None);
                }

                try
                {
                    parser.Parse(block);
                }
                catch (Exception e)
                {
                    // A programmer error: the pivot rethrows it when it reaches this block.
                    block.Failure = e;
                }

                block.Parsed.Set();
            }
        }
        catch (OperationCanceledException)
        {
            // The pivot stopped early (it failed, or it was disposed): nothing more is wanted.
        }
        catch (Exception e)
        {
            lock (_cut)
            {
                _fatal = e;
                if (!_done)
                {
                    _done = true;
                    order.CompleteAdding();
                }
            }
        }
    }
}
