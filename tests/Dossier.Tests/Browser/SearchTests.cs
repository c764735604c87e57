using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>Search, from the file system, with no server and no network.</summary>
[Collection("browser")]
public sealed class SearchTests(BrowserSite site)
{
    [BrowserFact]
    public async Task SearchesFindTheExpectedPages()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        async Task<IReadOnlyList<string>> Search(string query)
        {
            await page.GotoAsync(site.FileUrl + "search.html?q=" + Uri.EscapeDataString(query));
            await page.WaitForSelectorAsync("#search-results li");
            return await page.EvalOnSelectorAllAsync<string[]>("#search-results li a", "els => els.map(e => e.getAttribute('href'))");
        }
        var mujahid = await Search("Mujahid");
        Assert.Contains("entities/zabihullah-mujahid.html", mujahid);
        Assert.Contains("articles/istanbul-talks-deadlocked-on-third-day.html", mujahid);
        Assert.Equal("entities/zabihullah-mujahid.html", mujahid[0]);
        var ceasefire = await Search("ceasefire");
        Assert.Contains("topics/doha-ceasefire.html", ceasefire);
        Assert.True(ceasefire.Count(h => h.StartsWith("articles/", StringComparison.Ordinal)) >= 4);
        var ttp = await Search("TTP");
        Assert.Contains("entities/ttp.html", ttp);
        Assert.Contains("topics/cross-border-militancy.html", ttp);
        Assert.Contains(await page.InnerTextAsync("#search-status"), new[] { $"{ttp.Count} results for “TTP”." });
        var marks = await page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "els => els.map(e => e.textContent)");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("ttp", m.ToLowerInvariant()));
        var prefix = await Search("Muja");
        Assert.Contains("entities/zabihullah-mujahid.html", prefix);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task SlashFocusesTheSearchBoxOnAnyPageAndEnterSearches()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.FileUrl + "articles/istanbul-talks-deadlocked-on-third-day.html");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Doha");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.EndsWith("search.html?q=Doha", page.Url);
        Assert.Equal("Doha", await page.InputValueAsync("#search-page-input"));
        Assert.Equal("status", await page.GetAttributeAsync("#search-status", "role"));
        // Results are reachable with the keyboard alone.
        await page.FocusAsync("#search-page-input");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("A", await page.EvaluateAsync<string>("document.activeElement.tagName"));
    }
}
