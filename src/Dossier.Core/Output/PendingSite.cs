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
    /// <returns>The time spent making the files of each group (CPU of all workers, added up).</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancel"/> is set before all are made.</exception>
    public IReadOnlyDictionary<string, TimeSpan> Render(IOutputSink sink, DiagnosticBag diagnostics, CancellationToken cancel,
        bool keep = false, RenderProgress? progress = null)
    {
        var links = new LinkIndex(files.Keys.ToHashSet(StringComparer.Ordinal));
        var spent = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var made = 0;
        var options = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var work = Partitioner.Create(files.Values.ToList(), loadBalance: true);
        Parallel.ForEach(work, options, pending =>
        {
            var start = Stopwatch.GetTimestamp();
            var file = keep ? pending.File : pending.Make();
            spent.AddOrUpdate(pending.Group, Stopwatch.GetTimestamp() - start, (_, total) => total + Stopwatch.GetTimestamp() - start);
            links.Record(file);
            sink.Write(file);
            progress?.Invoke(Interlocked.Increment(ref made), files.Count);
        });
        links.Validate(diagnostics);
        return spent.ToDictionary(e => e.Key, e => Stopwatch.GetElapsedTime(0, e.Value), StringComparer.Ordinal);
    }
}
