using System.Diagnostics;

namespace Dossier.Bench;

/// <summary>The dossier program under test — the framework-dependent dossier.dll, or another build given by --dossier — and its build command line.</summary>
internal sealed record DossierCommand(string Program, IReadOnlyList<string> Prefix, string Theme, string Label)
{
    public static DossierCommand For(string? other, string theme) =>
        other is { } path
            ? new(Path.GetFullPath(path), [], theme, Path.GetFullPath(path))
            : new("dotnet", [Path.Combine(AppContext.BaseDirectory, "dossier.dll")], theme, "dotnet dossier.dll (JIT)");

    public Measured Build(string input, string output, bool verbose = false) => Measured.Run(Program, BuildArguments(input, output, verbose));

    /// <summary>A build started but not waited for, its output drained so that it never blocks on a full pipe.</summary>
    public Process StartBuild(string input, string output)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in BuildArguments(input, output, verbose: false)) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private IEnumerable<string> BuildArguments(string input, string output, bool verbose) =>
        [.. Prefix, "build", "--input", input, "--output", output, "--theme", Theme, .. verbose ? new[] { "--verbose" } : []];
}
