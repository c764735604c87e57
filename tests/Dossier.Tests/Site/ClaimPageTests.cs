using AngleSharp.Dom;
using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Site;

/// <summary>claims/ID.html: one page per claim, with its grade explained, corroboration, passages, disputes both ways, entities and topics.</summary>
public sealed class ClaimPageTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static IReadOnlyList<YamlMappingNode> Claims()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Input, "claims.yml"))));
        return ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
    }

    private static string Field(YamlMappingNode claim, string name) => ((YamlScalarNode)claim[name]).Value!;

    private static IEnumerable<string> List(YamlMappingNode claim, string name) =>
        claim.Children.TryGetValue(name, out var node) ? ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value!) : [];

    [Fact]
    public void EveryClaimHasItsPageWithGradeMeaningPassagesEntitiesAndTopics()
    {
        var claims = Claims();
        Assert.True(claims.Count >= 20);
        foreach (var claim in claims)
        {
            var id = Field(claim, "id");
            var page = site.Page($"claims/{id}.html");
            Assert.Equal(Field(claim, "claim"), page.QuerySelector("h1")!.TextContent.Trim());
            var grade = page.QuerySelector("a.badge[class*=grade-]")!;
            Assert.StartsWith(Field(claim, "credibility") + ": ", grade.TextContent);
            Assert.Equal($"../methodology.html#credibility-{Field(claim, "credibility")}", grade.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(grade.ParentElement!.QuerySelector(".meta")?.TextContent), $"{id}: the grade's meaning is missing");
            // The page cites as many passages as the claim, each linked to a marked passage and to its paragraph of the article.
            var quotes = page.QuerySelectorAll("ul.quotes > li");
            Assert.Equal(((YamlSequenceNode)claim["cite"]).Children.Count, quotes.Length);
            foreach (var quote in quotes)
            {
                var passage = quote.QuerySelector("a.quote")!.GetAttribute("href")!;
                Assert.Matches(@"^\.\./articles/[a-z0-9_-]+\.html#q\d+$", passage);
                var paragraph = quote.QuerySelector("a[aria-label^='paragraph']")!.GetAttribute("href")!;
                var article = site.Page("articles/" + paragraph[("../articles/".Length)..paragraph.IndexOf('#')]);
                Assert.NotNull(article.GetElementById(paragraph[(paragraph.IndexOf('#') + 1)..]));
                Assert.NotNull(article.GetElementById(passage[(passage.IndexOf('#') + 1)..]));
            }
            var entities = page.QuerySelectorAll("ul[aria-label=Entities] a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(List(claim, "entities").Select(e => $"../entities/{e}.html").Distinct(), entities);
            var topics = page.QuerySelectorAll("ul[aria-label=Topics] a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(List(claim, "topics").Select(t => $"../topics/{t}.html").Distinct(), topics);
            Assert.Contains("Corroboration", page.QuerySelector(".facts")!.TextContent);
        }
    }

    [Fact]
    public void DisputesAreShownInBothDirections()
    {
        var claims = Claims();
        var disputed = claims.SelectMany(c => List(c, "disputed_by").Select(by => (Disputed: Field(c, "id"), By: by))).ToList();
        Assert.NotEmpty(disputed);
        foreach (var (claimId, by) in disputed)
        {
            Assert.Contains($"{by}.html", Links(site.Page($"claims/{claimId}.html"), "Disputed by:"));
            Assert.Contains($"{claimId}.html", Links(site.Page($"claims/{by}.html"), "Disputes:"));
        }
    }

    private static IEnumerable<string> Links(IDocument page, string label) =>
        page.QuerySelectorAll("section[aria-labelledby=claim-disputes] p").Where(p => p.TextContent == label)
            .SelectMany(p => p.NextElementSibling!.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")!);

    [Fact]
    public void TheOverviewLinksEachClaimPageAndTheClaimPageLinksBack()
    {
        var overview = site.Pages.Where(p => p == "claims.html" || p.StartsWith("claims.page-", StringComparison.Ordinal)).ToList();
        var linked = overview.SelectMany(p => site.Page(p).QuerySelectorAll("article.claim .claim-text a").Select(a => a.GetAttribute("href")!)).ToHashSet();
        foreach (var claim in Claims())
        {
            var id = Field(claim, "id");
            Assert.Contains($"claims/{id}.html", linked);
            var back = site.Page($"claims/{id}.html").QuerySelector(".kicker a")!.GetAttribute("href")!;
            Assert.Equal($"claim-{id}", back[(back.IndexOf('#') + 1)..]);
            Assert.Contains(overview, p => site.Page(p).GetElementById($"claim-{id}") is not null);
        }
    }

    [Fact]
    public void OtherPagesLinkAClaimToItsPage()
    {
        // "Cited by" on the article pages names the claims that cite the article: each links the claim's own page.
        var citedBy = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal))
            .SelectMany(p => site.Page(p).QuerySelectorAll(".cited-by li").Where(li => li.QuerySelector(".kind")?.TextContent == "claim"))
            .Select(li => li.QuerySelector(".kind + a")!.GetAttribute("href")!).ToList();
        Assert.NotEmpty(citedBy);
        Assert.All(citedBy, href => Assert.Matches(@"^\.\./claims/[a-z0-9_-]+\.html$", href));
    }
}
