using System.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>The README's Native AOT publish command works, and the native program builds the same site, byte for byte.</summary>
public sealed class NativeAotTests
{
    [NativeAotFact]
    public void ThePublishedNativeProgramBuildsTheSameSite()
    {
        using var dossier = new TempDossier();
        var publish = Path.Combine(dossier.Root, "aot");
        var (code, log) = Run("dotnet", Repo.Root, "publish", "src/Dossier", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", publish);
        Assert.True(code == 0, log);
        var native = Path.Combine(publish, "dossier");
        Assert.True(File.Exists(native), log);

        var nativeOutput = Path.Combine(dossier.Root, "native-site");
        var (nativeCode, nativeLog) = Run(native, dossier.Root, "build", "--input", dossier.Input, "--output", nativeOutput, "--theme", Repo.Theme);
        Assert.True(nativeCode == 0, nativeLog);
        Assert.Equal(0, dossier.Build().ExitCode);
        var expected = TempDossier.Snapshot(dossier.Output);
        var actual = TempDossier.Snapshot(nativeOutput);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs when built by the native program");

        // Errors are reported the same way: file, line, column and code, exit code 1.
        dossier.Replace("claims.yml", "credibility: 3", "credibility: 9");
        var (badCode, badLog) = Run(native, dossier.Root, "build", "--input", dossier.Input, "--output", nativeOutput, "--theme", Repo.Theme);
        Assert.Equal(1, badCode);
        Assert.Matches(@"claims\.yml\(\d+,\d+\): error DOS\d{3}", badLog);
    }

    private static (int Code, string Log) Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: " + program + " " + string.Join(' ', args));
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
