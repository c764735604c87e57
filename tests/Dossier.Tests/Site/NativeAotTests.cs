using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>
/// The README's Native AOT publish command makes one file, which carries the default theme and the guides inside it:
/// copied alone into an empty folder, it builds the same site, byte for byte, as the repository's program.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public sealed class NativeAotTests
{
    [NativeAotFact]
    public void ThePublishedNativeProgramIsOneFileThatBuildsTheSameSite()
    {
        using var dossier = new TempDossier();
        var publish = Path.Combine(dossier.Root, "aot");
        var publishing = DossierCli.Exec("dotnet", Repo.Root, TimeSpan.FromMinutes(8), "publish", "src/Dossier", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", publish);
        Assert.True(publishing.ExitCode == 0, publishing.All);
        Assert.Equal(["dossier"], Directory.EnumerateFileSystemEntries(publish).Select(e => Path.GetFileName(e)!).ToArray());

        // Alone in a folder of its own, with a cache of its own: nothing beside it to find a theme in.
        var alone = Path.Combine(dossier.Root, "bin");
        Directory.CreateDirectory(alone);
        var native = Path.Combine(alone, "dossier");
        File.Copy(Path.Combine(publish, "dossier"), native); // keeps its execute permission
        var cache = Path.Combine(dossier.Root, "cache");
        var environment = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache };
        CliResult Native(string folder, params string[] args) => DossierCli.Exec(native, folder, TimeSpan.FromMinutes(2), environment, args);

        var nativeOutput = Path.Combine(dossier.Root, "native-site");
        var built = Native(dossier.Root, "build", "--output", nativeOutput);
        Assert.True(built.ExitCode == 0, built.All);
        Assert.Equal(0, dossier.Build().ExitCode);
        var expected = TempDossier.Snapshot(dossier.Output);
        var actual = TempDossier.Snapshot(nativeOutput);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs when built by the native program");

        // The theme it carries is the repository's, file for file; so are the guides.
        var listed = Native(dossier.Root, "theme", "list");
        Assert.Equal(0, listed.ExitCode);
        var repoTheme = Directory.EnumerateFiles(Repo.Theme, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Theme, f).Replace('\\', '/')).Where(r => !r.StartsWith('.')).Order(StringComparer.Ordinal);
        Assert.Equal(repoTheme, listed.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.Contains(' ')));
        var guide = Native(dossier.Root, "help", "editing").StdOut.Split('\n')[0].Split(": ", 2)[1].Trim();
        Assert.StartsWith(cache, guide);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "docs", "editing.md")), File.ReadAllText(guide));

        // A new dossier, started and built by the lone program.
        var fresh = Path.Combine(dossier.Root, "fresh");
        Assert.Equal(0, Native(dossier.Root, "init", fresh).ExitCode);
        var site = Native(fresh, "build");
        Assert.True(site.ExitCode == 0, site.All);
        Assert.True(File.Exists(Path.Combine(fresh, "output", "index.html")));

        // Errors are reported the same way: file, line, column and code, exit code 1.
        dossier.Replace("claims.yml", "credibility: 3", "credibility: 9");
        var bad = Native(dossier.Root, "build", "--output", nativeOutput);
        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"claims\.yml\(\d+,\d+\): error DOS\d{3}", bad.All);
    }
}
