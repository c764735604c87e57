using Dossier.Build;
using Dossier.Output;
using Dossier.Serve;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>
/// A preview session reuses what it can between builds (parsed articles, their mentions, the compiled theme) and
/// renders pages on request: after any edit its site must still be exactly what a one-off build makes.
/// </summary>
public sealed class PreviewSessionTests
{
    [Fact]
    public async Task AfterEachEditTheSessionsSiteIsByteForByteAOneOffBuild()
    {
        using var dossier = new TempDossier();
        var output = Path.Combine(dossier.Root, "preview");
        var session = new PreviewSession(dossier.Input, Repo.Theme, output);
        await AssertSameAsOneOff(session, dossier);

        // An article's text: its page, its mentions and the entity pages that quote them change.
        var article = Directory.EnumerateFiles(Path.Combine(dossier.Input, "articles"), "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\nZabihullah Mujahid said nothing further that evening.\n");
        var edited = await AssertSameAsOneOff(session, dossier);
        var page = Assert.Single(edited.Keys, k => k.StartsWith("articles/", StringComparison.Ordinal) && Text(edited, k).Contains("said nothing further that evening"));
        Assert.Contains("said nothing further that evening", Text(edited, "entities/zabihullah-mujahid.html"));

        // An entity's names: every article's mentions are found again, though no article changed.
        dossier.Replace("entities.yml", "aliases: [\"Mujahid\"]", "aliases: []");
        await AssertSameAsOneOff(session, dossier);

        // A topic's title shows on many pages.
        dossier.Replace("topics/mediation.md", "title: Mediation by Qatar and Turkey", "title: Mediation, as edited");
        var retitled = await AssertSameAsOneOff(session, dossier);
        Assert.Contains("Mediation, as edited", Text(retitled, page));
    }

    [Fact]
    public async Task ThePageAskedForIsServedBeforeTheRestIsRenderedAndTheOutputWrittenOnlyOnceAllIsChecked()
    {
        using var dossier = new TempDossier();
        var output = Path.Combine(dossier.Root, "preview");
        var session = new PreviewSession(dossier.Input, Repo.Theme, output);
        var state = session.Rebuild();
        Assert.Empty(state.Errors);
        Assert.True(state.Files.TryGet("index.html", out var home));
        Assert.Contains("<h1", System.Text.Encoding.UTF8.GetString(home.Bytes));
        Assert.False(state.Files.TryGet("nothing.html", out _));
        await session.Checked.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.NotNull(session.State.CheckTime);
        Assert.Equal(state.Version, session.State.Version);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(state.Files.Count, TempDossier.Snapshot(output).Count);
    }

    /// <summary>Rebuilds, waits for the background check, and compares the written preview with a one-off build.</summary>
    private static async Task<SortedDictionary<string, byte[]>> AssertSameAsOneOff(PreviewSession session, TempDossier dossier)
    {
        var state = session.Rebuild();
        Assert.Empty(state.Errors);
        await session.Checked.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(session.State.Errors);
        var preview = TempDossier.Snapshot(Path.Combine(dossier.Root, "preview"));
        var files = new MemoryOutput();
        var oneOff = DossierBuild.Run(dossier.Input, Repo.Theme, files);
        Assert.True(oneOff.Succeeded);
        var expected = files.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), preview.Keys.Where(k => k != OutputWriter.Marker || expected.ContainsKey(k)));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(preview[path]), $"{path} differs from a one-off build");
        return preview;
    }

    private static string Text(SortedDictionary<string, byte[]> site, string path) => System.Text.Encoding.UTF8.GetString(site[path]);
}
