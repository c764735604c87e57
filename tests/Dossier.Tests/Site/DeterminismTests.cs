using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuildsGiveByteIdenticalTrees()
    {
        using var dossier = new TempDossier();
        var first = Path.Combine(dossier.Root, "one");
        var second = Path.Combine(dossier.Root, "two");
        Assert.Equal(0, dossier.Build(first).ExitCode);
        Assert.Equal(0, dossier.Build(second).ExitCode);
        var a = TempDossier.Snapshot(first);
        var b = TempDossier.Snapshot(second);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), path);
    }

    [Fact]
    public void ARebuildWritesOnlyWhatChangedAndRemovesWhatIsNoLongerProduced()
    {
        using var dossier = new TempDossier();
        Assert.Equal(0, dossier.Build().ExitCode);
        var again = dossier.Build();
        Assert.Contains("Nothing changed since the last build", again.StdOut);
        File.SetLastWriteTimeUtc(dossier.PathOf("topics/mediation.md"), DateTime.UtcNow.AddMinutes(5));
        Assert.Contains("Nothing changed since the last build", dossier.Build().StdOut);
        File.AppendAllText(Path.Combine(dossier.Output, "index.html"), "tampered");
        var mended = dossier.Build();
        Assert.Contains("(1 written", mended.StdOut);
        Assert.DoesNotContain("tampered", File.ReadAllText(Path.Combine(dossier.Output, "index.html")));
        var stale = Path.Combine(dossier.Output, "articles", "stale.html");
        File.WriteAllText(stale, "old");
        dossier.Replace("topics/mediation.md", "title:", "title: Mediators —");
        var result = dossier.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.Contains("1 removed", result.StdOut);
        Assert.Contains("Mediators —", File.ReadAllText(Path.Combine(dossier.Output, "topics", "mediation.html")));
    }

    [Fact]
    public void BuildRefusesAFolderItDidNotWrite()
    {
        using var dossier = new TempDossier();
        var foreign = Path.Combine(dossier.Root, "documents");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.docx"), "precious");
        var result = dossier.Build(foreign);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(foreign, "thesis.docx")));
    }
}
