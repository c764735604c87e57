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
    public async Task AnEditOfOneArticlesCitationsAndMentionsUpdatesTheArticlesItCitesAndTheEntitiesItNames()
    {
        using var dossier = new TempDossier();
        var session = new PreviewSession(dossier.Input, Repo.Theme, Path.Combine(dossier.Root, "preview"));
        var before = await AssertSameAsOneOff(session, dossier);

        // A note of 001 cites a passage of 002: 002 has not changed, yet its marks and "Cited by" must.
        dossier.Replace("articles/001_703b6955b0d8f8ed.yml", "notes:", "notes:\n  - quote: \"Qatar and Turkey facilitated a recent agreement\"\n" +
            "    kind: context\n    text: 'Ayesha Khan compares [@002_878235db855296da \"the ceasefire arranged by Qatar and Turkiye\"].'");
        var cited = await AssertSameAsOneOff(session, dossier);
        Assert.Contains("Ayesha Khan compares", Text(cited, ArticlePage(cited, "001_703b6955b0d8f8ed")));
        var page002 = ArticlePage(cited, "002_878235db855296da");
        Assert.NotEqual(Text(before, page002), Text(cited, page002));

        // A paragraph put before the passages that claims quote: their marks and paragraph anchors move.
        var text = dossier.Read("articles/001_703b6955b0d8f8ed.txt");
        var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal);
        File.WriteAllText(dossier.PathOf("articles/001_703b6955b0d8f8ed.txt"),
            text[..firstBreak] + "\n\nAyesha Khan and Zabihullah Mujahid were named in an added opening paragraph." + text[firstBreak..]);
        var moved = await AssertSameAsOneOff(session, dossier);
        Assert.Contains("named in an added opening paragraph", Text(moved, "entities/ayesha-khan.html"));

        // The note is taken out again: 002 is no longer cited by 001.
        File.WriteAllText(dossier.PathOf("articles/001_703b6955b0d8f8ed.yml"), dossier.Read("articles/001_703b6955b0d8f8ed.yml")
            .Replace("[@002_878235db855296da \"the ceasefire arranged by Qatar and Turkiye\"]", "nothing"));
        await AssertSameAsOneOff(session, dossier);
    }

    [Fact]
    public async Task AnEditOfClaimsOrTimelineIsSeenThoughNoArticleChanged()
    {
        using var dossier = new TempDossier();
        var session = new PreviewSession(dossier.Input, Repo.Theme, Path.Combine(dossier.Root, "preview"));
        await AssertSameAsOneOff(session, dossier);

        // Another quote of the same article, and a new wording of the claim.
        dossier.Replace("claims.yml", "{ article: 001_703b6955b0d8f8ed, quote: \"Qatar and Turkey facilitated a recent agreement between Pakistan and Afghanistan through mediation in Doha\" }",
            "{ article: 001_703b6955b0d8f8ed, quote: \"demanded the Afghan Taliban stop supporting terrorist organizations\" }");
        dossier.Replace("claims.yml", "claim: Pakistan and the Afghan Taliban agreed a ceasefire in Doha, with Qatar and Turkey as mediators.",
            "claim: Pakistan and the Afghan Taliban agreed a ceasefire in Doha, as edited.");
        var edited = await AssertSameAsOneOff(session, dossier);
        Assert.Contains("as edited", Text(edited, ArticlePage(edited, "001_703b6955b0d8f8ed")));

        // The same file saved again unchanged, then the timeline: nothing else moves.
        File.WriteAllText(dossier.PathOf("claims.yml"), dossier.Read("claims.yml"));
        await AssertSameAsOneOff(session, dossier);
        var timeline = dossier.Read("timeline.yml");
        var title = timeline.IndexOf("title: ", StringComparison.Ordinal) + "title: ".Length;
        File.WriteAllText(dossier.PathOf("timeline.yml"), timeline[..title] + "Edited, " + timeline[title..]);
        var events = await AssertSameAsOneOff(session, dossier);
        Assert.Contains("Edited, ", Text(events, "timeline.html"));
    }

    [Fact]
    public async Task AnArticleAddedAndRemovedAgainLeavesTheSiteAsBefore()
    {
        using var dossier = new TempDossier();
        var session = new PreviewSession(dossier.Input, Repo.Theme, Path.Combine(dossier.Root, "preview"));
        var before = await AssertSameAsOneOff(session, dossier);

        dossier.Write("articles/005-added.md", "---\ntitle: An added article\noutlet: unknown\npublished: 2025-10-30\ntopics: [mediation]\n---\n" +
            "Zabihullah Mujahid spoke. It repeats that [@001_703b6955b0d8f8ed \"Qatar and Turkey facilitated a recent agreement\"].\n\nSee [[ayesha-khan]].\n");
        var added = await AssertSameAsOneOff(session, dossier);
        Assert.True(added.ContainsKey("articles/005-added.html"));
        Assert.Contains("An added article", Text(added, ArticlePage(added, "001_703b6955b0d8f8ed")));
        Assert.Contains("Zabihullah Mujahid spoke", Text(added, "entities/zabihullah-mujahid.html"));

        File.Delete(dossier.PathOf("articles/005-added.md"));
        var removed = await AssertSameAsOneOff(session, dossier);
        Assert.Equal(before.Keys, removed.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(removed[path]), $"{path} differs from before the article was added");
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
        Assert.Contains("<h1", System.Text.Encoding.UTF8.GetString(home.Span));
        Assert.False(state.Files.TryGet("nothing.html", out _));
        await session.Checked.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.NotNull(session.State.CheckTime);
        Assert.Equal(state.Version, session.State.Version);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(state.Files.Count, TempDossier.Snapshot(output).Count);
    }

    /// <summary>Rebuilds, waits for the background check, and compares the written preview with a one-off build.</summary>
    [Fact]
    public async Task AMediaFileChangedOrRemovedIsPublishedAgainAndItsPicturesSizeFollows()
    {
        using var dossier = Media.MediaBuildTests.WithMedia();
        var session = new PreviewSession(dossier.Input, Repo.Theme, Path.Combine(dossier.Root, "preview"));
        var first = await AssertSameAsOneOff(session, dossier);
        Assert.Equal(Media.MediaBuildTests.Map, first["media/map.png"]);
        Assert.Contains("width=\"40\" height=\"24\"", Text(first, "articles/map-of-the-crossing.html"));

        var bigger = Media.TinyImages.Png(64, 48);
        File.WriteAllBytes(dossier.PathOf("media/map.png"), bigger);
        var changed = await AssertSameAsOneOff(session, dossier);
        Assert.Equal(bigger, changed["media/map.png"]);
        Assert.Contains("width=\"64\" height=\"48\"", Text(changed, "articles/map-of-the-crossing.html"));

        dossier.Replace("articles/map-of-the-crossing.md", "The [full report](../media/docs/report%202025.pdf) is attached.", "");
        File.Delete(dossier.PathOf("media/docs/report 2025.pdf"));
        var removed = await AssertSameAsOneOff(session, dossier);
        Assert.DoesNotContain("media/docs/report 2025.pdf", removed.Keys);
    }

    private static async Task<SortedDictionary<string, byte[]>> AssertSameAsOneOff(PreviewSession session, TempDossier dossier)
    {
        var state = session.Rebuild();
        Assert.True(state.Errors.Count == 0, string.Join("\n", state.Errors));
        await session.Checked.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(session.State.Errors.Count == 0, string.Join("\n", session.State.Errors));
        var preview = TempDossier.Snapshot(Path.Combine(dossier.Root, "preview"));
        var files = new MemoryOutput();
        var oneOff = DossierBuild.Run(dossier.Input, Repo.Theme, files);
        Assert.True(oneOff.Succeeded);
        var expected = files.Files.ToDictionary(f => f.Path, f => f.Bytes.ToArray(), StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), preview.Keys.Where(k => k != OutputWriter.Marker || expected.ContainsKey(k)));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(preview[path]), $"{path} differs from a one-off build");
        return preview;
    }

    /// <summary>The page of an article, found by the source file name it shows.</summary>
    private static string ArticlePage(SortedDictionary<string, byte[]> site, string id) =>
        Assert.Single(site.Keys, k => k.StartsWith("articles/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal)
            && Text(site, k).Contains(id + ".txt", StringComparison.Ordinal));

    private static string Text(SortedDictionary<string, byte[]> site, string path) => System.Text.Encoding.UTF8.GetString(site[path]);
}
