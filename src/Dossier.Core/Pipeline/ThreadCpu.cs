using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dossier.Pipeline;

/// <summary>
/// The CPU time the calling thread has used, for work that runs beside the render workers: its wall time would
/// count the time the other threads had the cores. Linux only (clock_gettime); elsewhere the wall time stands in.
/// </summary>
public static partial class ThreadCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        return Stopwatch.GetElapsedTime(0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
