using AngleSharp.Dom;
using Dossier.Tests.Support;

namespace Dossier.Tests.Curated;

/// <summary>Citations on the built site: every one lands on a marked passage that says what the quote says.</summary>
public sealed class CitationTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void EveryCitationLinkLandsOnAMarkWhoseTextIsItsQuote()
    {
        var checkedLinks = 0;
        foreach (var page in site.Pages)
        {
            foreach (var link in site.Page(page).QuerySelectorAll("a.cite, a.quote, .cited-by .passages a"))
            {
                var href = link.GetAttribute("href")!;
                var (target, fragment) = Split(page, href);
                Assert.StartsWith("articles/", target);
                Assert.True(File.Exists(site.PathOf(target)), href);
                if (fragment is null)
                {
                    Assert.DoesNotContain("“", link.GetAttribute("title") ?? "");
                    continue;
                }
                var document = site.Page(target);
                var mark = document.GetElementById(fragment!);
                Assert.True(mark is { TagName: "MARK" }, $"{page}: {href} does not land on a mark");
                var text = string.Concat(document.QuerySelectorAll($"mark[data-mark='{fragment}']").Select(m => m.TextContent));
                var quote = QuoteOf(link);
                Assert.True(Fold(text) == Fold(quote), $"{page}: {href}: mark says \"{text}\", quote is \"{quote}\"");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks >= 100, $"only {checkedLinks} citation links");
    }

    [Fact]
    public void ArticlesListWhatCitesThem()
    {
        var claimsPage = site.Page("claims.html");
        foreach (var claim in claimsPage.QuerySelectorAll("article.claim[id]"))
        {
            foreach (var quote in claim.QuerySelectorAll("a.quote"))
            {
                var (target, _) = Split("claims.html", quote.GetAttribute("href")!);
                var citedBy = site.Page(target).QuerySelectorAll(".cited-by a").Select(a => a.GetAttribute("href")).ToList();
                Assert.Contains("../claims/" + claim.Id!["claim-".Length..] + ".html", citedBy);
            }
        }
    }

    [Fact]
    public void CorroborationCountsNamedOutletsAndShowsArticlesOfUnknownOutletBeside()
    {
        var outlets = InputFiles.ArticleOutlets();
        var named = InputFiles.List("outlets.yml").Select(o => o.Scalar("id")!).ToHashSet(StringComparer.Ordinal);
        var claims = InputFiles.List("claims.yml");
        var page = site.Page("claims.html");
        var withUnknown = 0;
        foreach (var claim in claims)
        {
            var id = claim.Scalar("id")!;
            var cited = claim.Items("cite").Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Select(c => c.Scalar("article")!).Distinct().ToList();
            var expected = cited.Select(a => outlets[a]).Where(named.Contains).Distinct().Count();
            var unknown = cited.Count(a => !named.Contains(outlets[a]));
            var facts = page.GetElementById("claim-" + id)!.QuerySelector(".claim-facts")!;
            var badge = facts.QuerySelectorAll(".badge").Single(b => b.TextContent.StartsWith("Corroboration"));
            Assert.Equal($"Corroboration: {expected} outlet{(expected == 1 ? "" : "s")}", badge.TextContent.Trim());
            Assert.Equal(expected >= 2, badge.ClassList.Contains("corroborated"));
            var beside = facts.QuerySelector(".unknown-support")?.TextContent;
            Assert.Equal(unknown == 0 ? null : $"and {unknown} article{(unknown == 1 ? "" : "s")} whose publisher is not known", beside);
            if (unknown > 0) withUnknown++;
        }
        // The seeds have articles of unknown outlet: the rule is exercised.
        Assert.True(withUnknown > 0);
    }

    [Fact]
    public void DisputedClaimsAreMarkedAndLinkTheirCounterClaims()
    {
        var page = site.Page("claims.html");
        var disputed = page.QuerySelectorAll("article.claim-disputed").ToList();
        Assert.True(disputed.Count >= 2);
        foreach (var claim in disputed)
        {
            Assert.Contains(claim.QuerySelectorAll(".badge"), b => b.TextContent == "Disputed");
            // Each counter-claim links its own page, which is on the overview too.
            foreach (var link in claim.QuerySelectorAll(".disputed-by a"))
            {
                Assert.Matches(@"^claims/[a-z0-9_-]+\.html$", link.GetAttribute("href")!);
                Assert.True(File.Exists(site.PathOf(link.GetAttribute("href")!)));
                Assert.NotNull(page.GetElementById("claim-" + Path.GetFileNameWithoutExtension(link.GetAttribute("href")!)));
            }
        }
    }

    [Fact]
    public void ClaimsAreGroupedByTopicWithoutScript()
    {
        var page = site.Page("claims.html");
        // The grouping is in the HTML itself; the only script is the site-wide "/" shortcut.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("assets/site.js", s.GetAttribute("src")));
        var sections = page.QuerySelectorAll("section.claims-topic").ToList();
        Assert.True(sections.Count >= 5);
        foreach (var link in page.QuerySelectorAll("nav a[href^='#topic-']"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        Assert.Equal(InputFiles.List("claims.yml").Count, page.QuerySelectorAll("article.claim[id]").Length);
    }

    [Fact]
    public void TheTimelineIsChronologicalGroupedByMonthAndCited()
    {
        var page = site.Page("timeline.html");
        var dates = page.QuerySelectorAll("article.event time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(InputFiles.List("timeline.yml").Count, dates.Count);
        for (var i = 0; i < dates.Count; i++)
            for (var j = i + 1; j < dates.Count; j++)
                Assert.False(string.CompareOrdinal(Last(dates[j]), First(dates[i])) < 0, $"{dates[j]} is listed after {dates[i]}");
        foreach (var month in page.QuerySelectorAll("section.month"))
        {
            var heading = month.QuerySelector("h2")!.TextContent;
            Assert.All(month.QuerySelectorAll("article.event"), e => Assert.NotEmpty(e.QuerySelectorAll("a.quote")));
            Assert.False(string.IsNullOrWhiteSpace(heading));
        }
    }

    private static string First(string iso) => iso.Length switch { 4 => iso + "-01-01", 7 => iso + "-01", _ => iso };
    private static string Last(string iso) => iso.Length switch { 4 => iso + "-12-31", 7 => iso + "-31", _ => iso };

    /// <summary>The quote a link shows: its own text for quote links, the title attribute for numbered citations.</summary>
    private static string QuoteOf(IElement link)
    {
        if (link.ClassList.Contains("cite"))
        {
            var title = link.GetAttribute("title")!;
            return title[1..title.IndexOf("” — ", StringComparison.Ordinal)];
        }
        return link.TextContent.Trim().Trim('“', '”');
    }

    private static (string Page, string? Fragment) Split(string from, string href)
    {
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            if (segment == "..") parts.RemoveAt(parts.Count - 1); else parts.Add(segment);
        return (path.Length == 0 ? from : string.Join('/', parts), hash < 0 ? null : href[(hash + 1)..]);
    }

    private static string Fold(string s) => new string(s.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
