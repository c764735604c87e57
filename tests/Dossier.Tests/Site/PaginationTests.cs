using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>
/// Long lists continue on numbered pages: with page_size: 2 every list of the seeds splits, the pages chain
/// first/previous/next/last, every item is on exactly one page, in the order of the whole list, and every page is in
/// the sitemap; with the default, the seeds fit on first pages and no page shows page links.
/// </summary>
public sealed partial class PaginationTests(BuiltSite whole, PagedSite paged) : IClassFixture<BuiltSite>, IClassFixture<PagedSite>
{
    private const string Nav = "nav[aria-label=Pages]";
    private const string SiteUrl = "https://example.github.io/dossier/";

    /// <summary>Each paginated list: its first page and what one item of it is (a link or an anchor, read as a string).</summary>
    public static IEnumerable<object[]> Lists =>
    [
        ["sources.html", "table.sources tbody th a"],
        ["claims.html", "article.claim[id]"],
        ["timeline.html", "article.event[id]"],
    ];

    private IEnumerable<(string First, string Selector)> AllLists =>
        Lists.Select(l => ((string)l[0], (string)l[1]))
            .Concat(whole.Pages.Where(p => Regex.IsMatch(p, @"^topics/[^/.]+\.html$") && p != "topics/index.html")
                .Select(p => (p, "section[aria-labelledby=topic-articles] .article-item-title a")))
            .Concat(whole.Pages.Where(p => Regex.IsMatch(p, @"^entities/[^/.]+\.html$") && p != "entities/index.html")
                .Select(p => (p, "h3.mention-article a")));

    [Fact]
    public void TheSeedsWithTheDefaultFitOnFirstPages()
    {
        Assert.True(whole.Result.ExitCode == 0, whole.Result.All);
        Assert.DoesNotContain(whole.Pages, p => p.Contains(".page-", StringComparison.Ordinal));
        Assert.All(whole.Pages, p => Assert.Null(whole.Page(p).QuerySelector(Nav)));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void AListSplitsIntoPagesOfPageSize(string first, string selector)
    {
        Assert.True(paged.Result.ExitCode == 0, paged.Result.All);
        var chain = Chain(first);
        Assert.True(chain.Count > 1, $"{first} did not split");
        // On claims.html a topic's list of links to claims filed first under another topic takes an item's place.
        Assert.All(chain.SkipLast(1), p => Assert.InRange(Items(paged.Page(p), selector, p).Count, first == "claims.html" ? 0 : PagedSite.PageSize, PagedSite.PageSize));
        Assert.InRange(Items(paged.Page(chain[^1]), selector, chain[^1]).Count, first == "claims.html" ? 0 : 1, PagedSite.PageSize);
        Assert.Equal(Items(whole.Page(first), selector, first).Count, chain.Sum(p => Items(paged.Page(p), selector, p).Count));
    }

    [Fact]
    public void EveryItemOfEveryListIsOnExactlyOnePageInOrder()
    {
        var split = 0;
        foreach (var (first, selector) in AllLists)
        {
            var chain = Chain(first);
            var items = chain.SelectMany(p => Items(paged.Page(p), selector, p)).ToList();
            var expected = Items(whole.Page(first), selector, first);
            Assert.True(expected.SequenceEqual(items), $"{first}: {string.Join(", ", items)} instead of {string.Join(", ", expected)}");
            Assert.Equal(items.Count, items.Distinct().Count());
            if (first != "claims.html") // claims.html counts a topic's list of claims filed first elsewhere as one item
                Assert.True(Math.Max(1, (expected.Count + PagedSite.PageSize - 1) / PagedSite.PageSize) == chain.Count, $"{first}: {chain.Count} pages");
            if (chain.Count > 1) split++;
        }
        Assert.True(split > 10, $"only {split} lists split");
    }

    [Fact]
    public void EveryPageLinksFirstPreviousNextAndLast()
    {
        foreach (var (first, _) in AllLists)
        {
            var chain = Chain(first);
            var onDisk = paged.Pages.Where(p => p.StartsWith(first[..^".html".Length] + ".page-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(chain.Skip(1).Order(StringComparer.Ordinal), onDisk);
            if (chain.Count == 1)
            {
                Assert.Null(paged.Page(first).QuerySelector(Nav));
                continue;
            }
            for (var i = 0; i < chain.Count; i++)
            {
                var page = chain[i];
                var d = paged.Page(page);
                var nav = d.QuerySelectorAll(Nav).Single();
                string? Link(string text) => nav.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == text) is { } a ? Resolve(page, a.GetAttribute("href")!) : null;
                Assert.Equal(i == 0 ? null : chain[0], Link("First"));
                Assert.Equal(i == 0 ? null : chain[i - 1], Link("Previous"));
                Assert.Equal(i == chain.Count - 1 ? null : chain[i + 1], Link("Next"));
                Assert.Equal(i == chain.Count - 1 ? null : chain[^1], Link("Last"));
                Assert.Equal(i == 0 ? null : chain[i - 1], Rel(nav, page, "prev"));
                Assert.Equal(i == chain.Count - 1 ? null : chain[i + 1], Rel(nav, page, "next"));
                Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), nav.QuerySelector("[aria-current=page]")!.TextContent);
                Assert.Contains($"Page {i + 1} of {chain.Count}", nav.TextContent);
                Assert.Contains($" — page {i + 1} of {chain.Count} — ", d.Title);
                Assert.All(nav.QuerySelectorAll("a[href]"), a => Assert.True(File.Exists(paged.PathOf(Resolve(page, a.GetAttribute("href")!))), a.GetAttribute("href")));
            }
        }
    }

    [Fact]
    public void PicturesAndTheOutletsAreOnFirstPagesOnly()
    {
        foreach (var first in new[] { "sources.html", "claims.html", "timeline.html" })
        {
            var chain = Chain(first);
            Assert.NotNull(paged.Page(first).QuerySelector(".picture"));
            Assert.All(chain.Skip(1), p => Assert.Null(paged.Page(p).QuerySelector(".picture")));
        }
        Assert.NotNull(paged.Page("sources.html").QuerySelector("#outlets-heading"));
        Assert.Null(paged.Page("sources.page-2.html").QuerySelector("#outlets-heading"));
    }

    [Fact]
    public void TheSitemapListsEveryContinuationPage()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(paged.PathOf("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        var continuations = paged.Pages.Where(p => p.Contains(".page-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continuations);
        Assert.All(continuations, p => Assert.Contains(SiteUrl + p, locations));
    }

    [Fact]
    public void SearchResultsLeadToThePageAClaimOrEventIsOn()
    {
        // Each docs-N.js of the index is DossierSearch.add("d", N, [[kind, title, url, outlet, date], …]);
        var all = Directory.GetFiles(paged.PathOf("assets/search"), "docs-*.js")
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(SearchData().Match(File.ReadAllText(f)).Groups[1].Value).RootElement.EnumerateArray())
            .Select(d => d[2].GetString()!).ToList();
        // A claim leads to its own page; an event to its place on a page of the timeline.
        var claims = all.Where(u => u.StartsWith("claims/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, u => Assert.True(File.Exists(paged.PathOf(u)), u));
        var urls = all.Where(u => u.Contains('#')).ToList();
        Assert.Contains(urls, u => u.StartsWith("timeline.page-", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.NotNull(paged.Page(u[..u.IndexOf('#')]).GetElementById(u[(u.IndexOf('#') + 1)..])));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("2.5")]
    public void AnInvalidPageSizeIsALocatedError(string value)
    {
        using var dossier = new TempDossier();
        var text = dossier.Read("dossier.yml").TrimEnd() + "\n";
        var line = text.Split('\n').Length;
        dossier.Write("dossier.yml", text + $"page_size: {value}\n");
        var result = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", Repo.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"input/dossier.yml({line},12): error DOS016: page_size should be a whole number above 0, not '{value}'", result.All);
    }

    /// <summary>The pages of a list, from its first page by the "Next" links.</summary>
    private List<string> Chain(string first)
    {
        var chain = new List<string> { first };
        while (paged.Page(chain[^1]).QuerySelector(Nav + " a[rel=next]") is { } next)
        {
            chain.Add(Resolve(chain[^1], next.GetAttribute("href")!));
            Assert.True(chain.Count < 100, $"{first}: the pages do not end");
        }
        return chain;
    }

    private static List<string> Items(IHtmlDocument d, string selector, string page) =>
        d.QuerySelectorAll(selector).Select(e => e.HasAttribute("href") ? Resolve(page, e.GetAttribute("href")!) : e.Id!).ToList();

    private static string? Rel(IElement nav, string page, string rel) =>
        nav.QuerySelector($"a[rel={rel}]") is { } a ? Resolve(page, a.GetAttribute("href")!) : null;

    private static string Resolve(string page, string href)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in href.Split('#')[0].Split('/'))
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        return string.Join('/', parts);
    }

    [GeneratedRegex(@"^DossierSearch\.add\(""d"",\d+,(.*)\);\s*$", RegexOptions.Singleline)]
    private static partial Regex SearchData();
}
