using System.Diagnostics;

namespace Dossier.Tests.Support;

public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string All => StdOut + StdErr;
}

/// <summary>Runs the real `dossier` program in a child process, as an editor would.</summary>
public static class DossierCli
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "dossier.dll");

    public static CliResult Run(string workingDirectory, params string[] args) =>
        Exec("dotnet", workingDirectory, TimeSpan.FromSeconds(120), [Program, .. args]);

    /// <summary>Runs any program (a published dossier, `dotnet publish`) and collects what it printed.</summary>
    public static CliResult Exec(string program, string workingDirectory, TimeSpan timeout, params string[] args) =>
        Exec(program, workingDirectory, timeout, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Exec(string, string, TimeSpan, string[])"/>, with these environment variables set.</summary>
    public static CliResult Exec(string program, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalSeconds:F0} s: {string.Join(' ', args)}");
        }
        var result = new CliResult(process.ExitCode, stdout.Result, stderr.Result);
        InternalErrors.Refuse(result.All, result.ExitCode, $"{program} {string.Join(' ', args)}");
        return result;
    }

    /// <summary>Builds an input folder into an output folder with the repository's theme.</summary>
    public static CliResult Build(string input, string output) =>
        Run(Path.GetDirectoryName(Path.GetFullPath(input))!, "build", "--input", input, "--output", output, "--theme", Repo.Theme);
}
