using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Links;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Serve;

/// <summary>The state of a preview: the last good site, the errors of the last build, and a version that changes with each good build.</summary>
/// <param name="BuildTime">From the start of the build to the site being servable: content read and cross-checked, pages made on request.</param>
/// <param name="CheckTime">Rendering every page and checking every link, after the site became servable; null until done.</param>
public sealed record PreviewState(int Version, PendingSite Files, IReadOnlyList<Diagnostic> Errors, TimeSpan BuildTime, TimeSpan? CheckTime = null)
{
    /// <summary>Where the latest build's time went, phase by phase and pipeline by pipeline (for --verbose and the benchmark).</summary>
    public PhaseTimings? Timings { get; init; }
}

/// <summary>
/// Builds a dossier again and again for `dossier serve`. A build serves its pages as soon as the content is
/// read and cross-checked, each page rendered when first asked for; then, in the background, it renders the
/// rest and checks every link, reporting broken ones (and writing --output once all is well). A build with
/// content errors keeps the last good site and records the errors. Builds never overlap; a new build stops
/// the previous one's check.
/// </summary>
public sealed class PreviewSession(string input, string theme, string? output)
{
    private readonly object _gate = new();
    private readonly BuildCache _cache = new();
    private PreviewState _state = new(0, new PendingSite(new Dictionary<string, PendingFile>()), [], TimeSpan.Zero);
    private CancellationTokenSource _checking = new();
    private Task _check = Task.CompletedTask;

    public event Action<PreviewState>? Changed;

    public PreviewState State { get { lock (_gate) return _state; } }

    /// <summary>The background check of the latest good build; done when every page is made and every link checked.</summary>
    public Task Checked { get { lock (_gate) return _check; } }

    public PreviewState Rebuild()
    {
        PreviewState state;
        lock (_gate)
        {
            _checking.Cancel();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = DossierBuild.Run(input, theme, cache: _cache, deferPages: true, includeDrafts: true);
            if (result.Pending is { } site)
            {
                state = _state = new PreviewState(_state.Version + 1, site, [], watch.Elapsed) { Timings = result.Timings };
                _checking = new CancellationTokenSource();
                var cancel = _checking.Token;
                _check = Task.Run(() => Check(state, cancel), CancellationToken.None);
            }
            // The last good build is still served, but these errors are of a build, not of its link check.
            else state = _state = _state with
            {
                Errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), BuildTime = watch.Elapsed, CheckTime = null, Timings = result.Timings,
            };
        }
        Changed?.Invoke(state);
        return state;
    }

    private void Check(PreviewState built, CancellationToken cancel)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = new MemoryOutput();
        try
        {
            built.Files.Render(files, diagnostics, cancel, keep: true);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        PreviewState state;
        lock (_gate)
        {
            if (cancel.IsCancellationRequested || _state.Version != built.Version) return;
            if (!diagnostics.HasErrors && output is not null) OutputWriter.Write(output, files.Files);
            state = _state = _state with { Errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList(), CheckTime = watch.Elapsed };
        }
        Changed?.Invoke(state);
    }
}
