using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Serve;

/// <summary>The state of a preview: the last good site, the errors of the last build, and a version that changes with each good build.</summary>
public sealed record PreviewState(int Version, IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Errors, TimeSpan BuildTime);

/// <summary>
/// Builds a dossier again and again for `dossier serve`: a build with errors keeps the last good site and
/// records the errors; listeners hear of each new state. Builds never overlap.
/// </summary>
public sealed class PreviewSession(string input, string theme, string? output)
{
    private readonly object _gate = new();
    private readonly BuildCache _cache = new();
    private PreviewState _state = new(0, new Dictionary<string, OutputFile>(), [], TimeSpan.Zero);

    public event Action<PreviewState>? Changed;

    public PreviewState State { get { lock (_gate) return _state; } }

    public PreviewState Rebuild()
    {
        lock (_gate)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = DossierBuild.Run(input, theme, cache: _cache);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (result.Succeeded)
            {
                if (output is not null) OutputWriter.Write(output, result.Files);
                _state = new PreviewState(_state.Version + 1, result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), [], watch.Elapsed);
            }
            else _state = _state with { Errors = errors, BuildTime = watch.Elapsed };
        }
        Changed?.Invoke(_state);
        return _state;
    }
}
