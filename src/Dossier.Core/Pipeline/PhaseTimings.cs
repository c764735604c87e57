using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dossier.Pipeline;

public enum Phase { Input, Process, PostProcess, Output }

/// <summary>
/// How long each phase took, in wall time and in the CPU time of all threads, and each pipeline within it (printed
/// by --verbose). A pipeline's Output figure is the CPU time spent rendering its pages, added up over the workers.
/// </summary>
public sealed class PhaseTimings
{
    private readonly ConcurrentDictionary<(Phase, string), TimeSpan> _pipelines = new();
    private readonly ConcurrentDictionary<Phase, (TimeSpan Wall, TimeSpan Cpu)> _phases = new();

    public void Record(Phase phase, string pipeline, TimeSpan elapsed) => _pipelines[(phase, pipeline)] = elapsed;

    /// <summary>Adds to what a pipeline already spent in a phase.</summary>
    public void Add(Phase phase, string pipeline, TimeSpan elapsed) => _pipelines.AddOrUpdate((phase, pipeline), elapsed, (_, total) => total + elapsed);

    public T Measure<T>(Phase phase, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        _phases[phase] = (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        return result;
    }

    public IEnumerable<string> Lines()
    {
        var gc = GC.GetTotalAllocatedBytes();
        yield return $"GC allocated {gc / (1024 * 1024)} MB, gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms";
        foreach (var phase in Enum.GetValues<Phase>())
        {
            if (!_phases.TryGetValue(phase, out var total)) continue;
            yield return $"{phase,-12} {total.Wall.TotalMilliseconds,8:F1} ms wall, {total.Cpu.TotalMilliseconds,8:F1} ms CPU";
            foreach (var ((p, name), elapsed) in _pipelines.Where(e => e.Key.Item1 == phase && e.Value.TotalMilliseconds >= 0.05).OrderBy(e => e.Key.Item2, StringComparer.Ordinal))
                yield return $"  {name,-18} {elapsed.TotalMilliseconds,8:F1} ms";
        }
    }
}
