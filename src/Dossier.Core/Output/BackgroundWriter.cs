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

    // The queue is bounded in bytes too: a slow disk and large files (parts of the search index) would otherwise hold
    // 256 of them in memory.
    private const long QueuedBytes = 64L << 20;

    private readonly IOutputSink _sink;
    private readonly BlockingCollection<(OutputFile File, bool Release)> _queue = new(QueuedFiles);
    private readonly object _bytesLock = new();
    private long _queuedBytes;
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

    /// <summary>
    /// Queues a file; waits while the queue is full. Once a write has failed, rethrows that failure instead.
    /// With <paramref name="release"/> the file is released once written (<see cref="OutputFile.Release"/>).
    /// </summary>
    public void Write(OutputFile file, bool release = false)
    {
        // Rethrown here rather than by completing the queue: another worker adding after it was completed would
        // throw an error of its own beside the real one.
        if (_failures.TryPeek(out var failure)) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        lock (_bytesLock)
        {
            // A file larger than the bound still goes, alone.
            while (_queuedBytes > 0 && _queuedBytes + file.Length > QueuedBytes && _failures.IsEmpty) Monitor.Wait(_bytesLock);
            _queuedBytes += file.Length;
        }
        _queue.Add((file, release));
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
        foreach (var (file, release) in _queue.GetConsumingEnumerable())
        {
            if (_failures.IsEmpty)
            {
                var start = Stopwatch.GetTimestamp();
                try { _sink.Write(file); }
                catch (Exception e) { _failures.Enqueue(e); }
                Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
            }
            if (release) file.Release();
            lock (_bytesLock)
            {
                _queuedBytes -= file.Length;
                Monitor.PulseAll(_bytesLock);
            }
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }
}
