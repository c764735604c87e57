using Dossier.Bench;
using Dossier.Tests.Support;

namespace Dossier.Tests.Browser;

/// <summary>The benchmark's generated corpus, at a small N, builds cleanly and survives the same browser crawl as the real dossier.</summary>
[Collection("browser")]
public sealed class BenchCorpusTests(BrowserSite site)
{
    [BrowserFact]
    public async Task AGeneratedCorpusBuildsAndEveryLinkWorksInTheBrowser()
    {
        using var dossier = new TempDossier(copyInput: false);
        CorpusGenerator.Write(dossier.Input, articles: 60, seed: 7);
        var build = dossier.Build();
        Assert.True(build.ExitCode == 0, build.All);
        Assert.Equal(60, Directory.GetFiles(Path.Combine(dossier.Output, "articles")).Length);

        var again = Path.Combine(dossier.Root, "again");
        CorpusGenerator.Write(again, articles: 60, seed: 7);
        foreach (var file in Directory.EnumerateFiles(dossier.Input, "*", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(again, Path.GetRelativePath(dossier.Input, file))));

        var pages = Directory.EnumerateFiles(dossier.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dossier.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var report = await Crawler.Crawl(site.Browser, new Uri(dossier.Output + "/").AbsoluteUri, pages);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(20)));
        Assert.Equal(pages.Count, report.Visited.Count);
    }
}
