using System.Text.Json;
using Microsoft.Playwright;

namespace Dossier.Tests.Support;

/// <summary>axe-core (vendored from npm) injected into a page, and the WCAG 2.1 A/AA violations it finds there.</summary>
public static class AxeRun
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(Repo.Root, "tests", "Dossier.Tests", "vendor", "axe-core", "axe.min.js"));

    /// <summary>One line per violation: its rule, what it asks for, and up to three elements that break it.</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        await page.EvaluateAsync(Axe);
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')); }");
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
