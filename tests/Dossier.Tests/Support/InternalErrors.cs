using Xunit.Sdk;

namespace Dossier.Tests.Support;

/// <summary>
/// The one check that no input, in any suite, gets an internal error: every run of the program a test starts
/// (<see cref="DossierCli"/>, <see cref="ServeProcess"/>) passes its output through here, and a crash fails
/// the test that caused it, whatever that test itself expected — an error, a warning or a good build.
/// </summary>
public static class InternalErrors
{
    /// <summary>What the program prints when it fails itself (CommandLine's handler), and what the runtime prints when that fails too.</summary>
    private static readonly string[] Signs = ["dossier: internal error:", "Unhandled exception.", "Stack overflow.", "Out of memory.", "   at Dossier."];

    /// <summary>The exit codes of a process the runtime aborted (SIGABRT) or the kernel stopped (SIGSEGV, SIGKILL for memory).</summary>
    private static readonly int[] CrashCodes = [134, 137, 139];

    public static void Refuse(string output, int? exitCode, string command)
    {
        if (Signs.FirstOrDefault(s => output.Contains(s, StringComparison.Ordinal)) is { } sign)
            throw new XunitException($"internal error ('{sign}') from: {command}\n{output}");
        if (exitCode is { } code && CrashCodes.Contains(code))
            throw new XunitException($"crashed with exit code {code}: {command}\n{output}");
    }
}
