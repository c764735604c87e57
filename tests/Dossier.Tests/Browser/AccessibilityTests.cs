using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>axe-core (vendored from npm, injected here) finds no WCAG 2.1 A/AA violation on any kind of page.</summary>
[Collection("browser")]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static readonly string[] PageTypes =
    [
        "index.html", "topics/index.html", "topics/doha-ceasefire.html", "entities/index.html", "entities/ttp.html",
        "timeline.html", "claims.html", "sources.html", "articles/istanbul-talks-deadlocked-on-third-day.html",
        "articles/istanbul-round-ends-without-agreement.html", "search.html?q=ceasefire", "404.html", "print.html",
        "claims/doha-talks-pakistan-india.html", "methodology.html", "corrections.html", "data.html",
    ];

    /// <summary>
    /// Every page type in both colour schemes, with its pictures' data tables opened and, where the page has link
    /// previews, one of them showing: what a reader can bring up must pass too.
    /// </summary>
    [BrowserFact]
    public async Task NoPageTypeHasAnAccessibilityViolationInEitherColourScheme()
    {
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            // The site's CSP rightly refuses injected scripts; the test context lifts it to inject axe.
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            foreach (var path in PageTypes)
            {
                await page.GotoAsync(site.FileUrl + path);
                if (path.StartsWith("search", StringComparison.Ordinal)) await page.WaitForSelectorAsync("#search-results li");
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                // Focus the first link to an entity, topic or article page of the main text; its preview loads and shows.
                var previewed = await page.EvaluateAsync<bool>(
                    "() => { if (!document.body.dataset.previews) return false;" +
                    " const root = new URL(document.body.dataset.root || './', location.href).href;" +
                    " const link = [...document.querySelectorAll('main a[href]')].find(a => /^(entities|topics|articles)\\/(?!index\\.html)[a-z0-9_-]+\\.html$/.test(new URL(a.getAttribute('href'), location.href).href.split('#')[0].slice(root.length)));" +
                    " if (!link) return false; link.focus(); return true; }");
                if (previewed) await page.WaitForSelectorAsync("#link-preview:not([hidden])", new PageWaitForSelectorOptions { Timeout = 5000 });
                if (path.StartsWith("articles/", StringComparison.Ordinal)) Assert.True(previewed, $"{path}: no link preview showed on focus");
                problems.AddRange((await AxeRun.Violations(page)).Select(v => $"{scheme} {path}: {v}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
