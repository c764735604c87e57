using System.Text.RegularExpressions;
using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>Search over the real dossier, from the file system with no server and no network, and under a sub-path.</summary>
[Collection("browser")]
public sealed partial class SearchTests(BrowserSite site)
{
    private sealed record Answer(IReadOnlyList<string> Links, string Status);

    /// <summary>Opens search.html?… and waits until the list answers the query.</summary>
    private static async Task<Answer> Search(IPage page, string baseUrl, string query, string extra = "")
    {
        await page.GotoAsync(baseUrl + "search.html?q=" + Uri.EscapeDataString(query) + extra);
        return await Answered(page, query);
    }

    private static async Task<Answer> Answered(IPage page, string query, string? before = null)
    {
        // With before: the list must also have been drawn again since then (the same query, other filters).
        await page.WaitForFunctionAsync("([q, before]) => { const l = document.getElementById('search-results'); return l.dataset.query === q && l.dataset.renderedAt !== before; }",
            new object?[] { query.Trim(), before });
        var links = await page.EvalOnSelectorAllAsync<string[]>("#search-results li h2 a", "els => els.map(e => e.getAttribute('href'))");
        return new Answer(links, await page.InnerTextAsync("#search-status"));
    }

    /// <summary>The highlighted words of the results, in lower case.</summary>
    private static Task<string[]> Marks(IPage page) =>
        page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "els => els.map(e => e.textContent.toLowerCase())");

    private async Task<(IPage Page, List<string> Errors, IBrowserContext Context)> Open()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors, context);
    }

    [BrowserFact]
    public async Task NamesPutTheirEntityOrTopicFirst()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        var mujahid = await Search(page, site.FileUrl, "Mujahid");
        Assert.Equal("entities/zabihullah-mujahid.html", mujahid.Links[0]);
        Assert.Contains("articles/istanbul-talks-deadlocked-on-third-day.html", mujahid.Links);
        var ttp = await Search(page, site.FileUrl, "TTP");
        Assert.Equal("entities/ttp.html", ttp.Links[0]);
        Assert.Contains("topics/cross-border-militancy.html", ttp.Links);
        Assert.Matches(@"^\d+ results for “TTP”, the first 10 shown\.$", ttp.Status);
        var marks = await Marks(page);
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("ttp", m));
        var doha = await Search(page, site.FileUrl, "Doha ceasefire");
        Assert.Contains("topics/doha-ceasefire.html", doha.Links.Take(3));
        var prefix = await Search(page, site.FileUrl, "Muja");
        Assert.Equal("entities/zabihullah-mujahid.html", prefix.Links[0]);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task AMisspeltWordStillFindsItsNeighbours()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        var misspelt = await Search(page, site.FileUrl, "cesefire");
        Assert.Contains("topics/doha-ceasefire.html", misspelt.Links.Take(3));
        Assert.Contains("ceasefire", await Marks(page));
        // Four letters are too few to guess from.
        var short_ = await Search(page, site.FileUrl, "Dohx");
        Assert.Empty(short_.Links);
        Assert.StartsWith("No results for “Dohx”. Check the spelling", short_.Status);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task AQuotedPhraseFindsOnlyPagesWithThoseWordsSideBySide()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        var phrase = await Search(page, site.FileUrl, "\"talks in Istanbul\"");
        var loose = await Search(page, site.FileUrl, "talks in Istanbul");
        Assert.NotEmpty(phrase.Links);
        Assert.True(phrase.Links.Count < loose.Links.Count, $"{phrase.Links.Count} with the phrase, {loose.Links.Count} with the words");
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var link in phrase.Links)
        {
            // The page, or the claim or event the link points to on it.
            var parts = link.Split('#');
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, parts[0])));
            var element = parts.Length > 1 ? document.GetElementById(parts[1])! : document.Body!;
            var words = " " + NonWord().Replace(element.TextContent.ToLowerInvariant(), " ") + " ";
            Assert.True(words.Contains(" talks in istanbul ", StringComparison.Ordinal), link);
        }
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task FiltersNarrowByKindTopicAndOutlet()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        var all = await Search(page, site.FileUrl, "ceasefire");
        var articles = await Search(page, site.FileUrl, "ceasefire", "&kind=Article");
        Assert.NotEmpty(articles.Links);
        Assert.All(articles.Links, l => Assert.StartsWith("articles/", l));
        Assert.True(articles.Links.Count < all.Links.Count);
        Assert.Equal("Article", await page.InputValueAsync("#search-kind"));
        var topic = await Search(page, site.FileUrl, "Istanbul", "&topic=doha-ceasefire");
        Assert.Contains("topics/doha-ceasefire.html", topic.Links);
        Assert.DoesNotContain("topics/istanbul-talks.html", topic.Links);
        // Choosing a filter searches again and keeps it in the address.
        await Search(page, site.FileUrl, "Istanbul");
        var drawn = await page.GetAttributeAsync("#search-results", "data-rendered-at");
        await page.SelectOptionAsync("#search-outlet", "dawat-media-center");
        var outlet = await Answered(page, "Istanbul", drawn);
        Assert.NotEmpty(outlet.Links);
        Assert.All(outlet.Links, l => Assert.StartsWith("articles/", l));
        Assert.Contains("outlet=dawat-media-center", page.Url);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task ResultsComeAsYouTypeAndAreReachedWithTheArrowKeys()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        await page.GotoAsync(site.FileUrl + "search.html");
        await page.FocusAsync("#search-page-input");
        await page.Keyboard.TypeAsync("Qatar");
        var typed = await Answered(page, "Qatar");
        Assert.Equal("entities/qatar.html", typed.Links[0]);
        Assert.EndsWith("search.html?q=Qatar", page.Url);
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(typed.Links[0], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(typed.Links[1], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-page-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(typed.Links[0], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        // Asked of the page itself: Playwright's wait for a URL sometimes missed this file:// navigation it had seen.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/entities/qatar.html')");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task SlashFocusesTheSearchBoxOnAnyPageAndEnterSearches()
    {
        var (page, _, context) = await Open();
        await using var __ = context;
        await page.GotoAsync(site.FileUrl + "articles/istanbul-talks-deadlocked-on-third-day.html");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Doha");
        await page.Keyboard.PressAsync("Enter");
        await Answered(page, "Doha");
        Assert.EndsWith("search.html?q=Doha", page.Url);
        Assert.Equal("Doha", await page.InputValueAsync("#search-page-input"));
        Assert.Equal("status", await page.GetAttributeAsync("#search-status", "role"));
    }

    [BrowserFact]
    public async Task MoreResultsAreShownOnRequest()
    {
        var (page, errors, context) = await Open();
        await using var _ = context;
        var first = await Search(page, site.FileUrl, "Pakistan");
        Assert.Equal(10, first.Links.Count);
        var total = int.Parse(TotalOf().Match(first.Status).Groups[1].Value);
        Assert.Contains("the first 10 shown", first.Status);
        await page.ClickAsync("#search-more");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results li').length > 10");
        var shown = await page.EvalOnSelectorAllAsync<int>("#search-results li", "els => els.length");
        Assert.Equal(Math.Min(20, total), shown);
        Assert.Contains("the first 20 shown", await page.InnerTextAsync("#search-status"));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task SearchWorksUnderASubPathOnAWebServer()
    {
        using var server = new SubPathServer(site.Output, "/some/sub/path/");
        var (page, errors, context) = await Open();
        await using var _ = context;
        var mujahid = await Search(page, server.BaseUrl, "Mujahid");
        Assert.Equal("entities/zabihullah-mujahid.html", mujahid.Links[0]);
        var phrase = await Search(page, server.BaseUrl, "\"talks in Istanbul\"", "&kind=Article");
        Assert.NotEmpty(phrase.Links);
        await page.ClickAsync("#search-results li h2 a");
        await page.WaitForFunctionAsync("() => location.pathname.includes('/articles/')");
        Assert.StartsWith(server.BaseUrl + "articles/", page.Url);
        Assert.Empty(errors);
    }

    [GeneratedRegex(@"[^\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(\d+) results")]
    private static partial Regex TotalOf();
}
