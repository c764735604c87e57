using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dossier.Output;

/// <summary>
/// Hands files to a sink that waits on the disk from threads of its own, so that the render workers — one per
/// core — go on rendering while the kernel creates and fills files. The queue is bounded: a slow disk holds the
/// renderers back instead of letting rendered pages pile up in memory.
/// </summary>
public sealed class BackgroundWriter : IDisposable
{
    private const int QueuedFiles = 256;

    private readonly IOutputSink _sink;
    private readonly BlockingCollection<OutputFile> _queue = new(QueuedFiles);
    private readonly Thread[] _threads;
    private readonly ConcurrentQueue<Exception> _failures = new();
    private long _ticks;

    public BackgroundWriter(IOutputSink sink, int threads)
    {
        _sink = sink;
        _threads = Enumerable.Range(0, threads).Select(i => new Thread(Drain) { IsBackground = true, Name = $"dossier writer {i + 1}" }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>The time the writer threads spent writing, added up.</summary>
    public TimeSpan Spent => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <summary>Queues a file; waits while the queue is full. Once a write has failed, rethrows that failure instead.</summary>
    public void Write(OutputFile file)
    {
        // Rethrown here rather than by completing the queue: another worker adding after it was completed would
        // throw an error of its own beside the real one.
        if (_failures.TryPeek(out var failure)) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        _queue.Add(file);
    }

    /// <summary>Waits until every queued file is written; rethrows what failed.</summary>
    public void Complete()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        if (_failures.TryPeek(out var failure)) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    private void Drain()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            if (!_failures.IsEmpty) continue;
            var start = Stopwatch.GetTimestamp();
            try { _sink.Write(file); }
            catch (Exception e) { _failures.Enqueue(e); }
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }
}
