using System.Diagnostics;

namespace Dossier.Bench;

/// <summary>A finished command: its wall time, its user + system CPU time, the peak of its resident memory (VmHWM, polled), and what it printed.</summary>
public sealed record Measured(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, int ExitCode, string Output)
{
    public static Measured Run(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var cpuBefore = ChildrenCpu.Total();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(10)) peak = Math.Max(peak, HighWaterMark(process.Id));
        var wall = watch.Elapsed;
        process.WaitForExit();
        return new Measured(wall, ChildrenCpu.Total() - cpuBefore, peak, process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>VmHWM from /proc: the most resident memory the process has had (Linux).</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
