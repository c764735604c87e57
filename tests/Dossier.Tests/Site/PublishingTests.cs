using System.Xml.Linq;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>What GitHub Pages and feed readers need: .nojekyll, sitemap, Atom feed, robots.txt, canonical links, the workflow.</summary>
public sealed class PublishingTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string SiteUrl = "https://example.github.io/dossier/";

    [Fact]
    public void TheSitemapListsEveryPageWithAbsoluteAddresses()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(site.PathOf("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        var expected = site.Pages.Where(p => p != "404.html").Select(p => p == "index.html" ? SiteUrl : SiteUrl + p).Order(StringComparer.Ordinal);
        Assert.Equal(expected, locations.Order(StringComparer.Ordinal));
        Assert.Contains("Sitemap: " + SiteUrl + "sitemap.xml", File.ReadAllText(site.PathOf("robots.txt")));
    }

    [Fact]
    public void TheFeedHasOneEntryPerArticle()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(site.PathOf("feed.xml")).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        var entries = feed.Elements(atom + "entry").ToList();
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).Select(p => SiteUrl + p).Order().ToList();
        Assert.Equal(articles, entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).Order());
        Assert.All(entries, e =>
        {
            Assert.StartsWith(SiteUrl, e.Element(atom + "id")!.Value);
            Assert.True(DateTime.TryParse(e.Element(atom + "updated")!.Value, out _));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "summary")!.Value));
        });
    }

    [Fact]
    public void PagesCarryCanonicalLinksAndAStrictContentSecurityPolicy()
    {
        foreach (var page in site.Pages.Where(p => p != "404.html"))
        {
            var d = site.Page(page);
            Assert.Equal(page == "index.html" ? SiteUrl : SiteUrl + page, d.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            var csp = d.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            // JSON-LD is a data block, never run: the only script element without src a page may have.
            Assert.Empty(d.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.Empty(d.QuerySelectorAll("[style]"));
        }
    }

    [Fact]
    public void The404PageStandsAloneAtAnyDepth()
    {
        var d = site.Page("404.html");
        Assert.Empty(d.QuerySelectorAll("link[rel=stylesheet], script[src]"));
        Assert.NotNull(d.QuerySelector("style"));
        Assert.All(d.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')),
            href => Assert.StartsWith(SiteUrl, href));
        Assert.Contains("'sha256-", d.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
    }

    [Fact]
    public void TheWorkflowChecksBuildsAndDeploysWithTheOfficialActions()
    {
        var workflow = File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "pages.yml"));
        foreach (var step in new[] { "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@",
                     "dotnet run --project src/Dossier -- check --format github", "dotnet run --project src/Dossier -- build", "path: output" })
            Assert.Contains(step, workflow);
        Assert.Contains("dotnet run --project src/Dossier -- build", File.ReadAllText(Path.Combine(Repo.Root, "README.md")));
    }
}
