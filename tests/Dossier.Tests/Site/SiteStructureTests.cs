using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>The page set, links and page structure of the real dossier.</summary>
public sealed class SiteStructureTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void ThePageSetIsComplete()
    {
        var pages = site.Pages.ToHashSet();
        foreach (var page in new[] { "index.html", "sources.html", "404.html", "topics/index.html" })
            Assert.Contains(page, pages);
        var topics = Directory.GetFiles(Path.Combine(Repo.Input, "topics"), "*.md").Select(f => $"topics/{Path.GetFileNameWithoutExtension(f)}.html").ToList();
        Assert.True(topics.Count >= 8, $"{topics.Count} topics");
        Assert.All(topics, t => Assert.Contains(t, pages));
        Assert.True(File.Exists(site.PathOf(".nojekyll")));
        Assert.True(File.Exists(site.PathOf("assets/site.css")));
    }

    [Fact]
    public void EveryInternalLinkIsRelativeNamesAFileAndResolves()
    {
        var checkedLinks = 0;
        foreach (var page in site.Pages)
        {
            var document = site.Page(page);
            var references = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (reference.StartsWith("http://", StringComparison.Ordinal) || reference.StartsWith("https://", StringComparison.Ordinal)
                    || reference.StartsWith("data:", StringComparison.Ordinal)) continue;
                Assert.False(reference.StartsWith('/'), $"{page}: root-relative link {reference}");
                Assert.DoesNotContain("://", reference);
                var hash = reference.IndexOf('#');
                var path = hash < 0 ? reference : reference[..hash];
                var fragment = hash < 0 ? null : reference[(hash + 1)..];
                var target = path.Length == 0 ? page : Normalise(Path.Combine(Path.GetDirectoryName(page)!, path));
                Assert.False(path.EndsWith('/'), $"{page}: link to a folder {reference}");
                Assert.True(File.Exists(site.PathOf(target)), $"{page}: {reference} -> {target} does not exist");
                if (fragment is { Length: > 0 })
                    Assert.True(site.Page(target).GetElementById(fragment) is not null, $"{page}: {reference}: no id '{fragment}' in {target}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void EveryPageHasLanguageTitleDescriptionSkipLinkAndLandmarks()
    {
        foreach (var page in site.Pages)
        {
            var d = site.Page(page);
            Assert.Equal("en", d.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(d.Title), page);
            Assert.False(string.IsNullOrWhiteSpace(d.QuerySelector("meta[name=description]")?.GetAttribute("content")), page);
            var skip = d.QuerySelector("a.skip-link");
            Assert.NotNull(skip);
            Assert.Equal("#main", skip!.GetAttribute("href"));
            Assert.NotNull(d.QuerySelector("main#main"));
            Assert.NotNull(d.QuerySelector("header"));
            Assert.NotNull(d.QuerySelector("nav"));
            Assert.NotNull(d.QuerySelector("footer"));
            Assert.Single(d.QuerySelectorAll("h1"));
            Assert.NotNull(d.QuerySelector("meta[name=viewport]"));
        }
    }

    [Fact]
    public void TopicPagesListTheArticlesFiledUnderThem()
    {
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        foreach (var topicPage in site.Pages.Where(p => p.StartsWith("topics/", StringComparison.Ordinal) && p != "topics/index.html"))
        {
            var listed = site.Page(topicPage).QuerySelectorAll(".article-item-title a").Select(a => Normalise("topics/" + a.GetAttribute("href"))).Order().ToList();
            var filed = articles.Where(a => site.Page(a).QuerySelectorAll(".article-header .chips a")
                .Any(c => Normalise("articles/" + c.GetAttribute("href")) == topicPage)).Order().ToList();
            Assert.Equal(filed, listed);
            Assert.NotEmpty(listed);
            Assert.False(string.IsNullOrWhiteSpace(site.Page(topicPage).QuerySelector(".lede")?.TextContent));
        }
        var index = site.Page("topics/index.html").QuerySelectorAll(".card a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(site.Pages.Count(p => p.StartsWith("topics/", StringComparison.Ordinal)) - 1, index.Count);
    }

    [Fact]
    public void TheSourceIndexListsEveryArticleAndOutletWithItsGrade()
    {
        var d = site.Page("sources.html");
        var rows = d.QuerySelectorAll("table.sources tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.Children.ToList();
            Assert.Equal(5, cells.Count);
            Assert.True(int.Parse(cells[3].TextContent.Trim()) > 100);
            Assert.NotEmpty(cells[4].QuerySelectorAll("a"));
        }
        var outlet = d.GetElementById("outlet-dawat-media-center");
        Assert.NotNull(outlet);
        Assert.Matches("^[A-F]$", outlet!.QuerySelector(".grade")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(outlet.Children.Last().TextContent));
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
