using Microsoft.Playwright;

namespace Dossier.Tests.Support;

/// <summary>What a crawl found wrong: failed navigations and requests, console errors, requests outside the site, broken fragments.</summary>
public sealed class CrawlReport
{
    public List<string> Problems { get; } = [];
    public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);
    public int LinksFollowed { get; set; }
}

/// <summary>Visits every page of a site in Chromium, following every internal link, and records anything that goes wrong.</summary>
public static class Crawler
{
    public static async Task<CrawlReport> Crawl(IBrowser browser, string baseUrl, IEnumerable<string> pages)
    {
        var report = new CrawlReport();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var current = "";
        page.Console += (_, message) => { if (message.Type == "error") report.Problems.Add($"{current}: console error: {message.Text}"); };
        page.PageError += (_, error) => report.Problems.Add($"{current}: script error: {error}");
        page.RequestFailed += (_, request) => report.Problems.Add($"{current}: request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                report.Problems.Add($"{current}: request outside the site: {request.Url}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) report.Problems.Add($"{current}: {response.Status} for {response.Url}");
        };
        var queue = new Queue<string>(pages.Select(p => baseUrl + p));
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fragments = new List<(string From, string Target, string Fragment)>();
        var downloads = new List<(string From, string Target)>();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!report.Visited.Add(url)) continue;
            current = url[baseUrl.Length..];
            try
            {
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException e)
            {
                report.Problems.Add($"{current}: navigation failed: {e.Message.Split('\n')[0]}");
                continue;
            }
            ids[url] = (await page.EvalOnSelectorAllAsync<string[]>("[id]", "els => els.map(e => e.id)")).ToHashSet(StringComparer.Ordinal);
            // Every picture must load (a lazy one is asked for at once): a broken src fails no request on file://.
            foreach (var broken in await page.EvalOnSelectorAllAsync<string[]>("img",
                "els => Promise.all(els.map(i => { i.loading = 'eager'; return i.decode().then(() => i.naturalWidth > 0 ? null : i.src, () => i.src); })).then(r => r.filter(x => x))"))
                report.Problems.Add($"{current}: the picture does not load: {broken}");
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"))
            {
                if (!href.StartsWith(baseUrl, StringComparison.Ordinal)) continue;
                report.LinksFollowed++;
                var hash = href.IndexOf('#');
                var target = hash < 0 ? href : href[..hash];
                var query = target.IndexOf('?');
                if (query >= 0) target = target[..query];
                if (hash >= 0 && hash + 1 < href.Length) fragments.Add((current, target, Uri.UnescapeDataString(href[(hash + 1)..])));
                if (target.EndsWith(".html", StringComparison.Ordinal)) queue.Enqueue(target);
                // A download (an original article, a data file) is checked to exist, not opened as a page.
                else if (Path.HasExtension(target) && !target.EndsWith('/')) downloads.Add((current, target));
                else report.Problems.Add($"{current}: link to a folder or non-page: {href}");
            }
        }
        foreach (var (from, target) in downloads.DistinctBy(d => d.Target))
        {
            var found = target.StartsWith("file://", StringComparison.Ordinal)
                ? File.Exists(new Uri(target).LocalPath)
                : (await context.APIRequest.GetAsync(target)).Ok;
            if (!found) report.Problems.Add($"{from}: the file it links is missing: {target[baseUrl.Length..]}");
        }
        foreach (var (from, target, fragment) in fragments)
            if (ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
                report.Problems.Add($"{from}: no id '{fragment}' in {target[baseUrl.Length..]}");
        return report;
    }
}
