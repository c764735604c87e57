using System.Diagnostics;

namespace Dossier.Cli;

/// <summary>
/// "Rendering 4,120 of 10,239 files (40 %)" on one terminal line, redrawn a few times a second once a build has run
/// for over a second; cleared when done. Nothing at all when the error stream is redirected (a log, CI, a test).
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    private readonly Func<TimeSpan> _clock;
    private readonly string _verb;
    private readonly TextWriter _terminal;
    private readonly object _gate = new();
    private TimeSpan _drawn = TimeSpan.Zero;
    private bool _shown;
    private bool _done;

    /// <param name="clock">The time since the command started.</param>
    public ProgressLine(Func<TimeSpan> clock, string verb, TextWriter terminal)
    {
        _clock = clock;
        _verb = verb;
        _terminal = terminal;
    }

    /// <summary>A progress line on the error stream, or null when nobody would see it.</summary>
    public static ProgressLine? Start(Stopwatch watch, string verb) =>
        Console.IsErrorRedirected || Environment.GetEnvironmentVariable("TERM") == "dumb" ? null : new ProgressLine(() => watch.Elapsed, verb, Console.Error);

    public void Report(int made, int total)
    {
        var now = _clock();
        if (now < Quiet || now - _drawn < Every && made != total) return;
        lock (_gate)
        {
            if (_done || now - _drawn < Every && made != total) return;
            _drawn = now;
            _shown = true;
            _terminal.Write($"\r{_verb} {made:N0} of {total:N0} files ({made * 100 / Math.Max(total, 1)} %)\u001b[K");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_done) return;
            _done = true;
            if (_shown) _terminal.Write("\r\u001b[K");
        }
    }
}
