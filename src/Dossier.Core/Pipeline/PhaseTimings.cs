using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dossier.Pipeline;

public enum Phase { Input, Process, PostProcess, Output }

/// <summary>How long each phase and each pipeline within it took (printed by --verbose).</summary>
public sealed class PhaseTimings
{
    private readonly ConcurrentDictionary<(Phase, string), TimeSpan> _pipelines = new();
    private readonly ConcurrentDictionary<Phase, TimeSpan> _phases = new();

    public void Record(Phase phase, string pipeline, TimeSpan elapsed) => _pipelines[(phase, pipeline)] = elapsed;

    public T Measure<T>(Phase phase, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _phases[phase] = watch.Elapsed;
        return result;
    }

    public IEnumerable<string> Lines()
    {
        foreach (var phase in Enum.GetValues<Phase>())
        {
            if (!_phases.TryGetValue(phase, out var total)) continue;
            yield return $"{phase,-12} {total.TotalMilliseconds,8:F1} ms";
            foreach (var ((p, name), elapsed) in _pipelines.Where(e => e.Key.Item1 == phase).OrderBy(e => e.Key.Item2, StringComparer.Ordinal))
                yield return $"  {name,-18} {elapsed.TotalMilliseconds,8:F1} ms";
        }
    }
}
