using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>`draft: true` keeps an article or a topic out of `dossier build`; `--drafts` and `serve` put it back.</summary>
public sealed class DraftTests
{
    internal const string ArticleId = "zz-draft-article";
    internal const string TopicId = "zz-draft-topic";
    private const string ArticleTitle = "Zebra report still being written";
    private const string TopicTitle = "Zebra topic still being written";
    internal const string Tagged = "articles/pakistan-urges-taliban-to-end-support-for-terrorist-groups.html";
    private const string Marker = "quixotic-unpublished-marker";

    /// <summary>A draft article filed under a draft topic, and one published article tagged with the draft topic.</summary>
    internal static void AddDrafts(TempDossier dossier)
    {
        dossier.Write($"articles/{ArticleId}.md", $"""
            ---
            title: {ArticleTitle}
            outlet: unknown
            published: 2025-11-10
            topics: [{TopicId}, doha-ceasefire]
            summary: Not ready, {Marker}.
            draft: true
            ---

            Unfinished words, {Marker}, about the talks.
            """);
        dossier.Write($"topics/{TopicId}.md", $"""
            ---
            title: {TopicTitle}
            summary: Not ready either, {Marker}.
            draft: true
            ---

            A body with [[{ArticleId}]] in it.
            """);
        dossier.Replace("articles/001_703b6955b0d8f8ed.yml", "topics: [istanbul-talks,", $"topics: [{TopicId}, istanbul-talks,");
    }

    [Fact]
    public void ADraftIsInNoFileOfTheBuildAndBackWithDrafts()
    {
        using var dossier = new TempDossier();
        AddDrafts(dossier);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        // The published article keeps its tag in its file, but the site leaves it out, and says so.
        Assert.Matches(new Regex(@"input/articles/001_703b6955b0d8f8ed\.yml\(4,\d+\): warning DOS032: topic 'zz-draft-topic' is a draft"), result.All);
        var files = TempDossier.Snapshot(dossier.Output);
        Assert.Contains(Tagged, files.Keys);
        foreach (var (path, bytes) in files)
        {
            Assert.DoesNotContain("zz-draft", path);
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (var word in new[] { ArticleId, TopicId, ArticleTitle, TopicTitle, Marker })
                Assert.False(text.Contains(word, StringComparison.Ordinal), $"{path} contains '{word}'");
        }
        Assert.True(files.ContainsKey("feed.xml") && files.ContainsKey("sitemap.xml") && files.ContainsKey("data/articles.json") && files.Keys.Any(k => k.Contains("search") && k.EndsWith(".js")));

        // --drafts is another build: not "nothing changed", and the drafts are back, under their banner.
        var withDrafts = DossierCli.Run(dossier.Root, "build", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme, "--drafts");
        Assert.True(withDrafts.ExitCode == 0, withDrafts.All);
        Assert.DoesNotContain("Nothing changed", withDrafts.All);
        Assert.DoesNotContain("warning DOS032", withDrafts.All);
        var article = File.ReadAllText(Path.Combine(dossier.Output, "articles", ArticleId + ".html"));
        Assert.Contains("class=\"draft-banner\" role=\"note\"", article);
        Assert.Contains(Marker, article);
        var topic = File.ReadAllText(Path.Combine(dossier.Output, "topics", TopicId + ".html"));
        Assert.Contains("class=\"draft-banner\" role=\"note\"", topic);
        Assert.Contains(ArticleTitle, File.ReadAllText(Path.Combine(dossier.Output, "feed.xml")));
        Assert.Contains(ArticleId, File.ReadAllText(Path.Combine(dossier.Output, "data", "articles.json")));
        Assert.Contains($"topics/{TopicId}.html", File.ReadAllText(Path.Combine(dossier.Output, Tagged)).Replace("../", ""));

        // And back again without: the drafts' files are removed.
        var again = dossier.Build();
        Assert.True(again.ExitCode == 0, again.All);
        Assert.False(File.Exists(Path.Combine(dossier.Output, "articles", ArticleId + ".html")));
        Assert.False(File.Exists(Path.Combine(dossier.Output, "topics", TopicId + ".html")));
    }

    [Fact]
    public void AClaimCitingADraftIsALocatedErrorAndTheOutputIsUntouched()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace("articles/004_5e676c2a02e16e5b.yml", "title:", "draft: true\ntitle:"));
        Assert.Matches(new Regex(@"input/claims\.yml\(16,\d+\): error DOS032: the claim '[a-z0-9_-]+' cites the article '004_5e676c2a02e16e5b', which is a draft"), result.All);
        Assert.Contains("publish it by removing `draft: true`, or remove the reference", result.All);
    }

    [Fact]
    public void ALinkToADraftTopicIsALocatedError()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            d.Replace("topics/escalation-risk.md", "title:", "draft: true\ntitle:");
            d.Write("topics/zz-linker.md", "---\ntitle: Linker\nsummary: Links.\n---\n\nSee [[escalation-risk]].\n");
        });
        Assert.Matches(new Regex(@"input/topics/zz-linker\.md\(6,5\): error DOS032: \[\[escalation-risk\]\] links to the topic 'escalation-risk', which is a draft"), result.All);
    }

    /// <summary>A Markdown link names a file, not an id: it is caught by the check of the links against the files produced.</summary>
    [Fact]
    public void AMarkdownLinkToADraftPageIsAnError()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            d.Replace("topics/escalation-risk.md", "title:", "draft: true\ntitle:");
            d.Write("topics/zz-linker.md", "---\ntitle: Linker\nsummary: Links.\n---\n\nSee [the risks](escalation-risk.html).\n");
        });
        Assert.Contains("error DOS017: page 'topics/zz-linker.html' links to 'escalation-risk.html': 'topics/escalation-risk.html' is not produced by the build", result.All);
    }

    [Fact]
    public void ADraftValueThatIsNotTrueOrFalseIsALocatedError()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace("topics/mediation.md", "title:", "draft: yes\ntitle:"));
        Assert.Matches(new Regex(@"input/topics/mediation\.md\(2,8\): error DOS016: 'draft' should be true or false, not 'yes'"), result.All);
    }
}
