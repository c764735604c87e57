using Dossier.Tests.Editors;
using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>The draft banner, which only `serve` and `build --drafts` show, passes axe in both colour schemes too.</summary>
[Collection("browser")]
public sealed class DraftAccessibilityTests(BrowserSite site)
{
    [BrowserFact]
    public async Task DraftPagesHaveNoAccessibilityViolationInEitherColourScheme()
    {
        using var dossier = new TempDossier();
        DraftTests.AddDrafts(dossier);
        var built = DossierCli.Run(dossier.Root, "build", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme, "--drafts");
        Assert.True(built.ExitCode == 0, built.All);
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            foreach (var path in new[] { $"articles/{DraftTests.ArticleId}.html", $"topics/{DraftTests.TopicId}.html" })
            {
                await page.GotoAsync(new Uri(Path.Combine(dossier.Output, path)).AbsoluteUri);
                Assert.True(await page.IsVisibleAsync("p.draft-banner[role=note]"), $"{path}: no visible draft banner");
                problems.AddRange((await AxeRun.Violations(page)).Select(v => $"{scheme} {path}: {v}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
