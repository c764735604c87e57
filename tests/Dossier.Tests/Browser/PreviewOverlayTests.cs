using Dossier.Tests.Support;

namespace Dossier.Tests.Browser;

/// <summary>`dossier serve` in a real browser: a good save reloads the page, a bad one shows the errors over the last good page.</summary>
[Collection("browser")]
public sealed class PreviewOverlayTests(BrowserSite site)
{
    [BrowserFact]
    public async Task ABrokenFileShowsAnOverlayAndAFixReloadsThePage()
    {
        using var serve = new ServeProcess("/repo/");
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(serve.BaseUrl + "topics/mediation.html");
        await page.WaitForSelectorAsync("html[data-dossier-preview=connected]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        serve.Dossier.Replace("topics/mediation.md", "title: Mediation by Qatar and Turkey", "title: [broken");
        var overlay = await page.WaitForSelectorAsync("#dossier-error-overlay", new() { Timeout = 10_000 });
        var text = await overlay!.InnerTextAsync();
        Assert.Contains("error DOS001", text);
        Assert.Contains("input/topics/mediation.md", text.Replace(serve.Dossier.Root + "/", ""));
        Assert.Equal("Mediation by Qatar and Turkey", await page.TextContentAsync("h1"));

        serve.Dossier.Replace("topics/mediation.md", "title: [broken", "title: Mediation, mended");
        await page.WaitForFunctionAsync("() => document.querySelector('h1') && document.querySelector('h1').textContent === 'Mediation, mended'", null, new() { Timeout = 10_000 });
        Assert.Null(await page.QuerySelectorAsync("#dossier-error-overlay"));
        Assert.Empty(errors);
    }
}
