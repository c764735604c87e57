using Dossier.Tests.Support;
using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>
/// What the file system can put where a file should be: devices, folders named like files, links that loop or
/// lead nowhere, and files too large to read. None of them may be opened, followed for ever or read whole.
/// </summary>
public sealed class HostileFileSystemTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    private static void Run(string program, string directory, params string[] args) =>
        Assert.Equal(0, DossierCli.Exec(program, directory, TimeSpan.FromSeconds(10), args).ExitCode);

    /// <summary>A character device (as /dev/zero is): read, it never ends.</summary>
    private static Action<TempDossier> Device(string relative, char type, int major, int minor) => d =>
        Run("mknod", d.Input, d.PathOf(relative), type.ToString(), major.ToString(), minor.ToString());

    /// <summary>A file of <paramref name="bytes"/> that takes no room on disk: its size is all that is read.</summary>
    private static Action<TempDossier> Sparse(string relative, long bytes) => d =>
    {
        using var f = File.Create(d.PathOf(relative));
        f.SetLength(bytes);
    };

    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("a character device (zero) in place of an article", "DOS022", Device("articles/zero.md", 'c', 1, 5)),
        Error("a character device (null) in place of claims.yml", "DOS022", d => { File.Delete(d.PathOf("claims.yml")); Device("claims.yml", 'c', 1, 3)(d); }),
        Error("a block device among the topics", "DOS022", Device("topics/disk.md", 'b', 7, 0)),
        Error("a folder named like an article", "DOS022", d => Directory.CreateDirectory(d.PathOf("articles/extra.md"))),
        Error("a folder named like a topic", "DOS022", d => Directory.CreateDirectory(d.PathOf("topics/extra.md"))),
        Error("a folder in place of outlets.yml", "DOS022", d => { File.Delete(d.PathOf("outlets.yml")); Directory.CreateDirectory(d.PathOf("outlets.yml")); }),
        Error("a folder in place of a sidecar", "DOS009", d => { File.Delete(d.PathOf(Sidecar)); Directory.CreateDirectory(d.PathOf(Sidecar)); }),
        Error("a link to itself", "DOS018", d => File.CreateSymbolicLink(d.PathOf("articles/loop.md"), "loop.md")),
        Error("two links to each other", "DOS018", d =>
        {
            File.CreateSymbolicLink(d.PathOf("topics/ping.md"), "pong.md");
            File.CreateSymbolicLink(d.PathOf("topics/pong.md"), "ping.md");
        }),
        Error("a link that leads nowhere", "DOS018", d => File.CreateSymbolicLink(d.PathOf("articles/gone.md"), "no-such-file.md")),
        Error("a link to /dev/zero", "DOS018", d => File.CreateSymbolicLink(d.PathOf("articles/zeros.md"), "/dev/zero")),
        Error("a link to a folder among the articles", "DOS022", d => Directory.CreateSymbolicLink(d.PathOf("articles/elsewhere"), "/etc")),
        Error("a folder link that loops back among the media", "DOS018", d =>
        {
            d.Write("media/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
            Directory.CreateSymbolicLink(d.PathOf("media/again"), "..");
            d.Replace("topics/mediation.md", "Two countries", "![A map](../media/map.svg) Two countries");
        }),
        Legal("a hard link: one file under two names", d =>
        {
            Run("ln", d.Input, d.PathOf("topics/mediation.md"), d.PathOf("topics/mediation-copy.md"));
            d.Replace("topics/mediation-copy.md", "title: Mediation by Qatar and Turkey", "title: Mediation, again");
        }),
        Error("a 1 GB article", "DOS018", d => { Sparse("articles/huge.txt", 1L << 30)(d); d.Write("articles/huge.yml", "title: Huge\noutlet: unknown\ndate_note: x\n"); }),
        Error("a 1 GB entities.yml", "DOS018", d => { File.Delete(d.PathOf("entities.yml")); Sparse("entities.yml", 1L << 30)(d); }),
        Error("a file one byte over the 16 MB limit", "DOS018", d =>
        {
            var head = Utf8("---\ntitle: Over\noutlet: unknown\ndate_note: x\n---\n");
            File.WriteAllBytes(d.PathOf("articles/over.md"), [.. head, .. Enumerable.Repeat((byte)'a', (int)Dossier.Pipeline.InputFile.MaxBytes + 1 - head.Length)]);
        }),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}
