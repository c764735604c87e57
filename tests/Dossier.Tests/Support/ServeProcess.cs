using System.Diagnostics;
using System.Net;

namespace Dossier.Tests.Support;

/// <summary>`dossier serve` running on a random loopback port over a copy of the dossier, stopped with SIGINT as Ctrl-C would.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    public TempDossier Dossier { get; }
    public string BaseUrl { get; }
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>The server's resident memory, from /proc.</summary>
    public long ResidentBytes =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    /// <summary>How many sockets the server holds open, from /proc: its listener and each connection.</summary>
    public int OpenSockets =>
        new DirectoryInfo($"/proc/{_process.Id}/fd").EnumerateFileSystemInfos().Count(f => f.LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true);

    public ServeProcess(string basePath = "/")
    {
        Dossier = new TempDossier();
        var port = Ports.Free();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Dossier.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "serve", "--input", Dossier.Input, "--theme", Repo.Theme,
                     "--port", port.ToString(), "--base", basePath })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Log.Contains("Serving ") && DateTime.UtcNow < deadline && !_process.HasExited) Thread.Sleep(50);
        Assert.True(Log.Contains("Serving "), "serve did not start: " + Log);
    }

    public async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await Http.GetAsync(BaseUrl + path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits until the terminal output holds the text: it is read from the pipe a little after it is written.</summary>
    public void WaitForLog(string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!Log.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.True(Log.Contains(text, StringComparison.Ordinal), $"'{text}' not in the log:\n{Log}");
    }

    /// <summary>Polls a page until its body satisfies a condition; returns how long that took.</summary>
    public async Task<TimeSpan> WaitFor(string path, Func<string, bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (condition((await Get(path)).Body)) return watch.Elapsed;
            await Task.Delay(25);
        }
        throw new TimeoutException($"{path} did not change within {limit.TotalMilliseconds} ms. Log:\n{Log}");
    }

    /// <summary>Sends SIGINT, as Ctrl-C does, and waits for the process to end.</summary>
    public int Interrupt()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString()])) kill.WaitForExit();
        Assert.True(_process.WaitForExit(15_000), "serve did not stop on SIGINT. Log:\n" + Log);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        Http.Dispose();
        Dossier.Dispose();
        InternalErrors.Refuse(Log, exitCode: null, "dossier serve");
    }
}
