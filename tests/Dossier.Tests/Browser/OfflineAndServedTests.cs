using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>The whole site crawled in Chromium: from the file system, and from a web server under a sub-path.</summary>
[Collection("browser")]
public sealed class OfflineAndServedTests(BrowserSite site)
{
    [BrowserFact]
    public async Task EveryPageAndLinkWorksFromTheFileSystem()
    {
        var report = await Crawler.Crawl(site.Browser, site.FileUrl, site.Pages);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
        Assert.Equal(site.Pages.Count(), report.Visited.Count);
        Assert.True(report.LinksFollowed > 500, $"{report.LinksFollowed} links");
    }

    [BrowserFact]
    public async Task EveryPageAndLinkWorksUnderASubPathOnAWebServer()
    {
        using var server = new SubPathServer(site.Output, "/some/sub/path/");
        var report = await Crawler.Crawl(site.Browser, server.BaseUrl, site.Pages.Where(p => p != "404.html"));
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
        Assert.True(report.Visited.Count >= site.Pages.Count() - 1);
    }

    [BrowserFact]
    public async Task EveryContinuationPageAndLinkWorksFromTheFileSystem()
    {
        using var paged = new PagedSite();
        Assert.True(paged.Result.ExitCode == 0, paged.Result.All);
        var lists = paged.Pages.Where(p => p.Contains(".page-", StringComparison.Ordinal)).ToList();
        var report = await Crawler.Crawl(site.Browser, new Uri(paged.Output + "/").AbsoluteUri, ["sources.html", "claims.html", "timeline.html"]);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
        Assert.All(lists, p => Assert.Contains(new Uri(paged.PathOf(p)).AbsoluteUri, report.Visited));
    }

    [BrowserFact]
    public async Task AMissingPageAtAnyDepthGetsAStyled404()
    {
        using var server = new SubPathServer(site.Output, "/some/sub/path/");
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal)) outside.Add(r.Url); };
        foreach (var missing in new[] { "nothing.html", "articles/nothing.html", "a/b/c/d/nothing.html" })
        {
            var response = await page.GotoAsync(server.BaseUrl + missing);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page not found", await page.TextContentAsync("h1"));
            // The theme's styles apply: the body has the theme's font and the skip link is moved off screen.
            var top = await page.EvalOnSelectorAsync<double>(".skip-link", "e => e.getBoundingClientRect().top");
            Assert.True(top < 0, $"skip link at {top}: the page is unstyled");
            var family = await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).fontFamily");
            Assert.Contains("Charter", family);
        }
        Assert.Empty(outside);
    }

    [BrowserFact]
    public async Task TheUnzippedSiteOpensFromTheFileSystem()
    {
        var folder = Path.Combine(site.Root, "unzipped");
        System.IO.Compression.ZipFile.ExtractToDirectory(site.Zip, folder);
        var top = Assert.Single(Directory.GetDirectories(folder));
        var baseUrl = new Uri(top + "/").AbsoluteUri;
        var report = await Crawler.Crawl(site.Browser, baseUrl, ["index.html"]);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
        Assert.True(report.Visited.Count > 50);
    }
}
