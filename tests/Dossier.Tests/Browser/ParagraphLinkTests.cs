using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>The ¶ link that site.js gives each paragraph, list item and block of an article, from file:// under the site's CSP.</summary>
[Collection("browser")]
public sealed class ParagraphLinkTests(BrowserSite site)
{
    [BrowserFact]
    public async Task EveryAnchoredBlockOfEveryArticleGetsOneLinkToItself()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(articles);
        foreach (var article in articles)
        {
            await page.GotoAsync(site.FileUrl + article);
            var blocks = await page.EvalOnSelectorAllAsync<string[][]>(".article-body [id^=p]", """
                els => els.map(e => {
                  const links = e.querySelectorAll(':scope > a.pilcrow');
                  const link = links[0];
                  // Nothing but editor's notes may follow the link.
                  const after = link ? [...e.children].slice([...e.children].indexOf(link) + 1).filter(c => !c.matches('aside.note')).length : -1;
                  return [e.id, String(links.length), link ? link.getAttribute('href') : '', link ? link.textContent : '',
                          link ? link.getAttribute('aria-label') : '', String(after)];
                })
                """);
            Assert.NotEmpty(blocks);
            foreach (var b in blocks)
            {
                Assert.True(b[1] == "1", $"{article}#{b[0]} has {b[1]} ¶ links");
                Assert.Equal("#" + b[0], b[2]);
                Assert.Equal("¶", b[3]);
                Assert.False(string.IsNullOrWhiteSpace(b[4]), $"{article}#{b[0]}: the ¶ link has no accessible name");
                Assert.Equal("0", b[5]);
            }
        }
        // Following one scrolls to its paragraph, which becomes the page's target.
        await page.GotoAsync(site.FileUrl + articles[0]);
        await page.Locator(".article-body #p2 > a.pilcrow").ClickAsync();
        Assert.EndsWith("#p2", page.Url);
        Assert.Equal("p2", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        Assert.Empty(errors);
    }
}
