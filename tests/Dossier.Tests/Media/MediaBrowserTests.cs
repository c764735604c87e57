using Dossier.Tests.Support;

namespace Dossier.Tests.Media;

/// <summary>Media in Chromium: a picture from input/media/ loads from file:// and under a sub-path, and every page and link still works.</summary>
[Collection("browser")]
public sealed class MediaBrowserTests(BrowserSite site)
{
    [BrowserFact]
    public async Task APictureLoadsFromTheFileSystemAndUnderASubPathAndTheSiteCrawlsClean()
    {
        using var dossier = MediaBuildTests.WithMedia();
        var result = DossierCli.Run(dossier.Root, "pack", "--input", dossier.Input, "--output", dossier.Output);
        Assert.True(result.ExitCode == 0, result.All);
        using var server = new SubPathServer(dossier.Output, "/some/sub/path/");
        foreach (var baseUrl in new[] { new Uri(dossier.Output + "/").AbsoluteUri, server.BaseUrl })
        {
            await using var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "articles/map-of-the-crossing.html");
            var img = page.Locator("main img");
            await img.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('main img').complete");
            Assert.Equal(40, await img.EvaluateAsync<int>("i => i.naturalWidth"));
            Assert.Equal(24, await img.EvaluateAsync<int>("i => i.naturalHeight"));
            var report = await Crawler.Crawl(site.Browser, baseUrl, ["articles/map-of-the-crossing.html", "topics/doha-ceasefire.html", "print.html"]);
            Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
            Assert.Contains(baseUrl + "print.html", report.Visited);
        }
    }
}
