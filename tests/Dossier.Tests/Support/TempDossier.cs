namespace Dossier.Tests.Support;

/// <summary>A copy of the real input/ in a temporary folder, for tests that change a file and build.</summary>
public sealed class TempDossier : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("dossier-test-").FullName;
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");

    public TempDossier(bool copyInput = true)
    {
        if (copyInput) CopyDirectory(Repo.Input, Input);
        else Directory.CreateDirectory(Input);
    }

    public string PathOf(string relative) => Path.Combine(Input, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces text in a file; fails when the text is not there, so a fixture cannot silently stop testing anything.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText));
    }

    public CliResult Build(string? output = null) => DossierCli.Build(Input, output ?? Output);

    /// <summary>Builds the good input, breaks it, builds again: the second build must fail with 1 and leave the output as it was.</summary>
    public static (CliResult Result, TempDossier Dossier) BreakAndBuild(Action<TempDossier> breakIt)
    {
        var dossier = new TempDossier();
        try
        {
            var good = dossier.Build();
            Assert.True(good.ExitCode == 0, good.All);
            var before = TempDossier.Snapshot(dossier.Output);
            breakIt(dossier);
            var result = dossier.Build();
            Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.All}");
            Assert.DoesNotContain("   at ", result.All);
            var after = TempDossier.Snapshot(dossier.Output);
            Assert.Equal(before.Keys, after.Keys);
            foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
            Assert.False(Directory.Exists(Path.Combine(dossier.Root, ".output.dossier-staging")), "the failed build left its staging folder");
            return (result, dossier);
        }
        finally
        {
            dossier.Dispose();
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file of a folder with its bytes, for byte-for-byte comparisons of whole trees.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
