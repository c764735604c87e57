using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Site;

/// <summary>methodology.html explains the grades, corroboration, verification, omissions and editorial text; corrections.html logs the notes.</summary>
public sealed class MethodologyAndCorrectionsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void TheMethodologyExplainsEveryGradeAtItsOwnAnchor()
    {
        var page = site.Page("methodology.html");
        foreach (var grade in "ABCDEF")
        {
            var term = page.GetElementById($"reliability-{char.ToLowerInvariant(grade)}")!;
            Assert.StartsWith(grade.ToString(), term.TextContent.Trim());
            Assert.True(term.NextElementSibling!.TextContent.Length > 40);
        }
        for (var grade = 1; grade <= 6; grade++)
        {
            var term = page.GetElementById($"credibility-{grade}")!;
            Assert.StartsWith(grade.ToString(), term.TextContent.Trim());
            Assert.True(term.NextElementSibling!.TextContent.Length > 40);
        }
        foreach (var section in new[] { "corroboration", "verification", "omissions", "editorial-and-source-text", "corrections" })
            Assert.NotNull(page.GetElementById(section));
    }

    [Fact]
    public void TheMethodologyGivesThisDossiersFigures()
    {
        var page = site.Page("methodology.html");
        var claims = Yaml("claims.yml");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains($"{claims.Count} claims", text);
        // The claims graded 2 in claims.yml, counted under grade 2.
        var graded2 = claims.Count(c => ((YamlScalarNode)c["credibility"]).Value == "2");
        Assert.Contains($"In this dossier: {graded2} claim", page.GetElementById("credibility-2")!.NextElementSibling!.TextContent);
        // Omissions: the seed with a donation appeal omits it, and the page says so.
        Assert.Contains("Publisher's donation appeal", page.GetElementById("omissions")!.ParentElement!.TextContent);
    }

    [Fact]
    public void EveryGradeBadgeLinksToItsExplanation()
    {
        var methodology = site.Page("methodology.html");
        var badges = 0;
        foreach (var path in site.Pages)
        {
            var page = site.Page(path);
            foreach (var badge in page.QuerySelectorAll(".badge[class*=grade-], .grade"))
            {
                if (badge.Closest("dl.grade-scale") is not null) continue;
                var href = badge.GetAttribute("href") ?? badge.QuerySelector("a")?.GetAttribute("href");
                Assert.True(href is not null, $"{path}: a grade badge without a link: {badge.OuterHtml}");
                Assert.Contains("methodology.html#", href);
                Assert.NotNull(methodology.GetElementById(href![(href.IndexOf('#') + 1)..]));
                badges++;
            }
        }
        Assert.True(badges > 30, $"{badges} badges");
    }

    [Fact]
    public void EveryPageLinksTheCorrectionsLogFromItsFooter()
    {
        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            var links = site.Page(path).QuerySelectorAll("footer.site-footer a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains(links, l => l.EndsWith("corrections.html", StringComparison.Ordinal));
            Assert.Contains(links, l => l.EndsWith("methodology.html", StringComparison.Ordinal));
            Assert.Contains(links, l => l.EndsWith("data.html", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheCorrectionsLogListsEveryCorrectionAndDisputeNote()
    {
        var logged = Directory.GetFiles(Repo.Input, "*.yml", SearchOption.AllDirectories)
            .Where(f => f.Contains("/articles/", StringComparison.Ordinal))
            .SelectMany(f => Notes(f)).Where(n => n.Kind is "correction" or "dispute").ToList();
        Assert.NotEmpty(logged);
        var entries = site.Page("corrections.html").QuerySelectorAll("li.correction");
        Assert.Equal(logged.Count, entries.Length);
        foreach (var (kind, quote) in logged)
        {
            var entry = Assert.Single(entries, e => e.QuerySelector("blockquote")!.TextContent.Trim() == $"“{quote}”");
            Assert.Contains($"note-{kind}", entry.ClassName);
            // The passage and the note are linked on the article page, where both exist.
            var noteHref = entry.QuerySelector("a.meta")!.GetAttribute("href")!;
            var article = site.Page(noteHref[..noteHref.IndexOf('#')]);
            var note = article.GetElementById(noteHref[(noteHref.IndexOf('#') + 1)..])!;
            Assert.Contains($"note-{kind}", note.ClassName);
            var markHref = entry.QuerySelector("blockquote a")!.GetAttribute("href")!;
            Assert.NotNull(article.GetElementById(markHref[(markHref.IndexOf('#') + 1)..]));
        }
    }

    private static IReadOnlyList<YamlMappingNode> Yaml(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Input, file))));
        return ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
    }

    private static IEnumerable<(string Kind, string Quote)> Notes(string sidecar)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(sidecar)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        if (!root.Children.TryGetValue("notes", out var notes)) yield break;
        foreach (var note in ((YamlSequenceNode)notes).Children.Cast<YamlMappingNode>())
            yield return (((YamlScalarNode)note["kind"]).Value!, ((YamlScalarNode)note["quote"]).Value!);
    }
}
