using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>Hover and focus previews of linked entities and articles, from file:// with the site's own CSP in force.</summary>
[Collection("browser")]
public sealed class LinkPreviewTests(BrowserSite site)
{
    [BrowserFact]
    public async Task HoveringOrFocusingAnEntityLinkShowsItsPreviewAndEscapeHidesIt()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(site.FileUrl + "articles/istanbul-talks-deadlocked-on-third-day.html");
        var preview = page.Locator("#link-preview");
        var link = page.Locator(".article-body a[href*='entities/'][href$='zabihullah-mujahid.html']").First;

        await link.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".preview-title")).ToHaveTextAsync("Zabihullah Mujahid");
        await Assertions.Expect(preview).ToContainTextAsync("Taliban spokesperson");
        Assert.Equal("link-preview", await link.GetAttributeAsync("aria-describedby"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        // The keyboard brings it up too, on an article link this time, and takes it away on the next Tab.
        await page.GotoAsync(site.FileUrl + "index.html");
        var article = page.Locator(".article-list a[href^='articles/']").First;
        await article.FocusAsync();
        await Assertions.Expect(page.Locator("#link-preview .preview-kind")).ToHaveTextAsync("Article");
        await Assertions.Expect(page.Locator("#link-preview .preview-title")).ToHaveTextAsync((await article.TextContentAsync())!.Trim());
        await page.Locator("#search-input").FocusAsync();
        await Assertions.Expect(page.Locator("#link-preview")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task WithoutJavaScriptNoPreviewShowsAndTheLinksStillWork()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.FileUrl + "articles/istanbul-talks-deadlocked-on-third-day.html");
        var link = page.Locator(".article-body a[href*='entities/'][href$='zabihullah-mujahid.html']").First;
        await link.HoverAsync();
        Assert.Equal(0, await page.Locator("#link-preview").CountAsync());
        Assert.Equal(0, await page.Locator(".link-preview, [role=tooltip]").CountAsync());
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Zabihullah Mujahid");
    }
}
