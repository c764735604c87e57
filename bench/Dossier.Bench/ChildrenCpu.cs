using System.Runtime.InteropServices;

namespace Dossier.Bench;

/// <summary>
/// User + system CPU time of the finished child processes (getrusage RUSAGE_CHILDREN, Linux). A child's time
/// counts once it has been waited for, so the difference across one Process run is that process's CPU time —
/// /proc/PID/stat is gone by the time the process has exited.
/// </summary>
internal static class ChildrenCpu
{
    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        // The remaining fourteen counters of struct rusage, unused.
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    public static TimeSpan Total()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(RusageChildren, out var u) != 0) return TimeSpan.Zero;
        return TimeSpan.FromSeconds(u.UserSeconds + u.SystemSeconds) + TimeSpan.FromMicroseconds(u.UserMicroseconds + u.SystemMicroseconds);
    }
}
