using System.Collections.Concurrent;
using System.Diagnostics;
using Dossier.Diagnostics;
using Dossier.Links;

namespace Dossier.Output;

/// <summary>Counts the files made so far out of all a build will make, for a progress line.</summary>
public delegate void RenderProgress(int made, int total);

/// <summary>The files of a build by path, each made when asked for.</summary>
public sealed class PendingSite(IReadOnlyDictionary<string, PendingFile> files)
{
    public const string LinkCheckGroup = "(links)";
    public const string WriteGroup = "(writing)";

    // Writing a file mostly waits in the kernel, so one thread keeps the disk busy while the workers render. A second
    // one only waits on the first: most files go to the same few folders, and the kernel makes one file at a time in
    // a folder, so the second spins on that folder's lock on a core a worker could use (measured, 10,000 articles:
    // 9.4 s and 478 MB with one writer, 9.8 s and 818 MB with two).
    private const int WriterThreads = 1;

    public int Count => files.Count;

    public bool TryGet(string path, out OutputFile file)
    {
        file = null!;
        if (!files.TryGetValue(path, out var pending)) return false;
        file = pending.File;
        return true;
    }

    /// <summary>
    /// Makes every file, one worker per core, and hands each to <paramref name="sink"/> as soon as it is made; checks every
    /// link of every page from what each page recorded. With <paramref name="keep"/> the files stay in this site (a
    /// preview serves them); otherwise each is let go once written.
    /// </summary>
    /// <returns>
    /// The time spent making the files of each group, recording their links (<see cref="LinkCheckGroup"/>) and writing
    /// them (<see cref="WriteGroup"/>), all workers added up.
    /// </returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancel"/> is set before all are made.</exception>
    public IReadOnlyDictionary<string, TimeSpan> Render(IOutputSink sink, DiagnosticBag diagnostics, CancellationToken cancel,
        bool keep = false, RenderProgress? progress = null)
    {
        var links = new LinkIndex(files.Keys.ToHashSet(StringComparer.Ordinal));
        var spent = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var count = 0;
        var options = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var work = Partitioner.Create(files.Values.ToList(), loadBalance: true);
        using var background = sink.WaitsOnDisk ? new BackgroundWriter(sink, WriterThreads) : null;
        Parallel.ForEach(work, options, pending =>
        {
            var start = Stopwatch.GetTimestamp();
            // A file made for this write alone is let go once written; one that is kept is read again.
            var once = !keep && !pending.IsKept && !sink.Keeps;
            var file = keep ? pending.File : pending.Make();
            var made = Stopwatch.GetTimestamp();
            links.Record(file);
            var recorded = Stopwatch.GetTimestamp();
            if (background is null)
            {
                sink.Write(file);
                if (once) file.Release();
            }
            else background.Write(file, release: once);
            Add(spent, pending.Group, made - start);
            Add(spent, LinkCheckGroup, recorded - made);
            if (background is null) Add(spent, WriteGroup, Stopwatch.GetTimestamp() - recorded);
            progress?.Invoke(Interlocked.Increment(ref count), files.Count);
        });
        background?.Complete();
        links.Validate(diagnostics);
        var times = spent.ToDictionary(e => e.Key, e => Stopwatch.GetElapsedTime(0, e.Value), StringComparer.Ordinal);
        if (background is not null) times[WriteGroup] = background.Spent;
        return times;
    }

    private static void Add(ConcurrentDictionary<string, long> spent, string group, long ticks) =>
        spent.AddOrUpdate(group, static (_, add) => add, static (_, total, add) => total + add, ticks);
}
