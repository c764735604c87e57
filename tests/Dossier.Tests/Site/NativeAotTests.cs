using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>The README's Native AOT publish command works, and the native program builds the same site, byte for byte.</summary>
[Collection(ReleaseBuilds.Name)]
public sealed class NativeAotTests
{
    [NativeAotFact]
    public void ThePublishedNativeProgramBuildsTheSameSite()
    {
        using var dossier = new TempDossier();
        var publish = Path.Combine(dossier.Root, "aot");
        var publishing = DossierCli.Exec("dotnet", Repo.Root, TimeSpan.FromMinutes(8), "publish", "src/Dossier", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", publish);
        Assert.True(publishing.ExitCode == 0, publishing.All);
        var native = Path.Combine(publish, "dossier");
        Assert.True(File.Exists(native), publishing.All);

        var nativeOutput = Path.Combine(dossier.Root, "native-site");
        var built = DossierCli.Exec(native, dossier.Root, TimeSpan.FromMinutes(2), "build", "--input", dossier.Input, "--output", nativeOutput, "--theme", Repo.Theme);
        Assert.True(built.ExitCode == 0, built.All);
        Assert.Equal(0, dossier.Build().ExitCode);
        var expected = TempDossier.Snapshot(dossier.Output);
        var actual = TempDossier.Snapshot(nativeOutput);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs when built by the native program");

        // Errors are reported the same way: file, line, column and code, exit code 1.
        dossier.Replace("claims.yml", "credibility: 3", "credibility: 9");
        var bad = DossierCli.Exec(native, dossier.Root, TimeSpan.FromMinutes(2), "build", "--input", dossier.Input, "--output", nativeOutput, "--theme", Repo.Theme);
        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"claims\.yml\(\d+,\d+\): error DOS\d{3}", bad.All);
    }
}
