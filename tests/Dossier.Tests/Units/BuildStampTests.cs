using Dossier.Output;

namespace Dossier.Tests.Units;

/// <summary>The sources hash of the no-op check: a file the stamp knows, at the same size and time, is not read again.</summary>
public sealed class BuildStampTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dossier-stamp-").FullName;

    private string Input => Path.Combine(_root, "input");

    private string Write(string name, string text, DateTime written)
    {
        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }

    private BuildSources Hash(IReadOnlyDictionary<string, StampedFile> known) =>
        BuildStamp.Sources(Input, Path.Combine(_root, "no-theme"), "build", known);

    [Fact]
    public void AFileAtItsRecordedSizeAndTimeKeepsItsRecordedHashAndAnyOtherIsReadAgain()
    {
        var old = DateTime.UtcNow.AddHours(-1);
        Write("articles/a.md", "first text", old);
        var first = Hash(new Dictionary<string, StampedFile>());
        var recorded = Assert.Single(first.Files);
        Assert.Equal("input/articles/a.md", recorded.Path);

        // A record at the file's size and time is trusted: a forged hash changes the sources, proving the file was not read.
        var forged = new Dictionary<string, StampedFile> { [recorded.Path] = recorded with { Sha256 = new string('0', 64) } };
        Assert.NotEqual(first.Hash, Hash(forged).Hash);
        Assert.Equal(first.Hash, Hash(first.Files.ToDictionary(f => f.Path)).Hash);

        // The same size at another time is read again, whatever the record says.
        Write("articles/a.md", "other text", old.AddSeconds(1));
        var changed = Hash(forged);
        Assert.NotEqual(first.Hash, changed.Hash);
        Assert.NotEqual(new string('0', 64), Assert.Single(changed.Files).Sha256);
    }

    [Fact]
    public void AFileWrittenJustNowIsNotRecordedSoTheNextBuildReadsItAgain()
    {
        Write("articles/old.md", "settled", DateTime.UtcNow.AddMinutes(-10));
        Write("articles/new.md", "just saved", DateTime.UtcNow);
        var sources = Hash(new Dictionary<string, StampedFile>());
        Assert.Equal(["input/articles/old.md"], sources.Files.Select(f => f.Path));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
