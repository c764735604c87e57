using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dossier.Bench;

/// <summary>
/// The site's search page in headless Chromium, opened from file://: for each of a few queries, in a new browser context
/// (a cold cache), how long after DOMContentLoaded the first results came, the bytes on disk of what the page loaded, and
/// the slowest of three further keystrokes. Also the search index's size on disk against the articles' Markdown.
/// </summary>
internal static class SearchBenchmark
{
    private const int Patience = 20_000;

    // Words counts the query for the "loaded for a one- or two-word query" target. Keys are the three further
    // keystrokes, typed one after another; a space one searches again for the same words, which is a keystroke too.
    public sealed record Query(string Text, bool Words, string Keys);

    // Words of CorpusGenerator's vocabulary and names of its first entities, which every shape has.
    public static readonly Query[] CorpusQueries =
    [
        new("ceasefire", true, " ta"),
        new(CorpusGenerator.Name(40).Split(' ')[^1], true, " am"),
        new("istanbul talks", true, " ce"),
        new(CorpusGenerator.Name(10), true, " ta"),
        new("dipl", false, "oma"),
        new("sovereingty", false, " ta"),
    ];

    private sealed record Answer(double FirstResults, double FromStart, long Bytes, int Missing, double[] Keystrokes, int Shown)
    {
        public double Keystroke => Keystrokes.Max();
    }

    // The seed dossier's own words: a name, a topic, an acronym and a misspelling.
    public static readonly Query[] SeedQueries =
    [
        new("Mujahid", true, " do"),
        new("Doha ceasefire", true, " ta"),
        new("TTP", true, " is"),
        new("cesefire", false, " do"),
    ];

    public static SearchFigures Measure(string input, string output, Measured build, IReadOnlyList<Query> queries)
    {
        var buildLog = build.Output;
        var index = DiskBytes(Path.Combine(output, "assets", "search"));
        var markdown = DiskBytes(Path.Combine(input, "articles"));
        Console.WriteLine($"search index        {index.Bytes / 1024.0 / 1024:F1} MB in {index.Files} files under assets/search/, " +
                          $"{(double)index.Bytes / markdown.Bytes:F2} × the articles' Markdown ({markdown.Bytes / 1024.0 / 1024:F1} MB)");
        var phase = "";
        var indexCpu = TimeSpan.Zero;
        foreach (var line in BuildLog.Phases(buildLog))
        {
            if (!line.StartsWith(' ')) phase = line.Split(' ')[0];
            else if (line.Trim() is var pipeline && (pipeline.StartsWith("(search index)", StringComparison.Ordinal) || pipeline.StartsWith("Search ", StringComparison.Ordinal)))
            {
                Console.WriteLine($"  {phase,-11} {pipeline}");
                indexCpu += TimeSpan.FromMilliseconds(double.Parse(pipeline.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Console.WriteLine($"  the index took {indexCpu.TotalSeconds:F2} s of the build's {build.Cpu.TotalSeconds:F2} s of CPU ({indexCpu / build.Cpu * 100:F1} %)");
        if (Chromium() is not { } chromium)
        {
            Console.WriteLine("search not measured: chromium not installed");
            return new(index.Bytes, markdown.Bytes, indexCpu, build.Cpu, null, "chromium not installed");
        }
        try
        {
            return new(index.Bytes, markdown.Bytes, indexCpu, build.Cpu, Run(chromium, output, queries).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Console.WriteLine("search not measured: chromium did not start: " + e.Message.Split('\n')[0]);
            return new(index.Bytes, markdown.Bytes, indexCpu, build.Cpu, null, "chromium did not start");
        }
    }

    private static async Task<SearchTimes> Run(string chromium, string output, IReadOnlyList<Query> queries)
    {
        using var playwright = await Playwright.CreateAsync();
        // As tests/Dossier.Tests/Support/BrowserSite.cs launches it, for the same reasons.
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"],
        });
        var page = new Uri(Path.Combine(output, "search.html")).AbsoluteUri;
        Console.WriteLine("search page, headless Chromium from file://, each query in a cold context (first results: ms after DOMContentLoaded):");
        var answers = new List<(Query Query, Answer Answer)>();
        var failed = new List<string>();
        foreach (var query in queries)
        {
            var label = $"\"{query.Text}\"";
            try
            {
                var answer = await Ask(browser, page, query);
                answers.Add((query, answer));
                Console.WriteLine($"  {label,-18} first results {answer.FirstResults,4:F0} ms ({answer.FromStart:F0} ms from the start), " +
                                  $"{answer.Bytes / 1024.0,7:F1} KB loaded{(answer.Missing > 0 ? $" ({answer.Missing} files not on disk)" : "")}, " +
                                  $"keystroke at most {answer.Keystroke,3:F0} ms ({string.Join(", ", answer.Keystrokes.Select(k => k.ToString("F0", CultureInfo.InvariantCulture)))}), {answer.Shown} shown");
            }
            catch (SearchFailed e)
            {
                failed.Add(query.Text);
                Console.WriteLine($"  {label,-18} search failed: {e.Message}");
            }
        }
        if (answers.Count == 0) return new(double.NaN, double.NaN, 0, double.NaN, failed);
        var times = new SearchTimes(answers.Max(a => a.Answer.FirstResults), answers.Max(a => a.Answer.FromStart),
            answers.Where(a => a.Query.Words).Select(a => a.Answer.Bytes).DefaultIfEmpty().Max(), answers.Max(a => a.Answer.Keystroke), failed);
        Console.WriteLine($"  {"worst",-18} first results {times.FirstResults,4:F0} ms ({times.FirstFromStart:F0} ms from the start), {times.WordsLoaded / 1024.0:F1} KB loaded for a one- or two-word query " +
                          $"({answers.Max(a => a.Answer.Bytes) / 1024.0:F1} KB for any), keystroke {times.Keystroke:F0} ms{(failed.Count > 0 ? $", {failed.Count} failed" : "")}");
        return times;
    }

    private sealed class SearchFailed(string message) : Exception(message);

    private static async Task<Answer> Ask(IBrowser browser, string page, Query query)
    {
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        tab.SetDefaultTimeout(Patience);
        var errors = new List<string>();
        tab.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        tab.PageError += (_, e) => errors.Add(e);
        // Chromium keeps no resource timing entries for file:// loads (performance.getEntriesByType('resource') is
        // empty there), so what the page loaded is taken from the requests Playwright sees, the page itself included.
        var requested = new List<string>();
        tab.Request += (_, r) => { lock (requested) requested.Add(r.Url); };
        var text = query.Text.Trim();
        try
        {
            await tab.GotoAsync(page + "?q=" + Uri.EscapeDataString(query.Text));
            await tab.WaitForFunctionAsync("""
                q => document.getElementById('search-results')?.dataset.query === q
                     && performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0
                """, text, new() { Timeout = Patience });
            var shown = await tab.EvaluateAsync<JsonElement>("""
                () => {
                  const list = document.getElementById('search-results');
                  return {
                    rendered: Number(list.dataset.renderedAt),
                    loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
                    shown: list.querySelectorAll('li').length,
                  };
                }
                """);
            string[] loaded;
            lock (requested) loaded = [.. requested];
            var (bytes, missing) = (0L, 0);
            foreach (var url in loaded.Select(u => new Uri(u)).Where(u => u.IsFile).Select(u => u.LocalPath).Distinct())
            {
                var file = new FileInfo(url);
                if (file.Exists) bytes += file.Length;
                else missing++;
            }
            var rendered = shown.GetProperty("rendered").GetDouble();
            var keystrokes = await tab.EvaluateAsync<double[]>(Keystrokes, new object[] { query.Keys, Patience });
            // From the moment the page's own HTML and scripts are in (DOMContentLoaded): search.js has asked for the
            // query by then, and what follows is the index loading and answering. (The load event would not do: the
            // index's parts, added as scripts, hold it back until after the results are shown.)
            return new(Math.Max(0, rendered - shown.GetProperty("loaded").GetDouble()), rendered, bytes, missing, keystrokes, shown.GetProperty("shown").GetInt32());
        }
        // Playwright's timeouts are System.TimeoutException; a script that rejects is a PlaywrightException.
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            var console = errors.Count > 0 ? "; console: " + string.Join(" | ", errors.Take(5).Select(l => l.Split('\n')[0])) : "; no console errors";
            throw new SearchFailed(e.Message.Split('\n')[0] + console);
        }
    }

    // Each keystroke is timed from before the input event to the moment the list says it answers the new value;
    // rendered-at must be newer too, for a keystroke that leaves the trimmed value as it was (it is written to 0.1 ms,
    // hence the 0.1 of slack).
    private const string Keystrokes = """
        async ([keys, patience]) => {
          const input = document.getElementById('search-page-input');
          const list = document.getElementById('search-results');
          const times = [];
          for (const key of keys) {
            const t0 = performance.now();
            input.value += key;
            const want = input.value.trim();
            const answered = new Promise((resolve, reject) => {
              const observer = new MutationObserver(() => {
                if (list.dataset.query === want && Number(list.dataset.renderedAt) >= t0 - 0.1) { observer.disconnect(); resolve(performance.now()); }
              });
              observer.observe(list, { attributes: true, attributeFilter: ['data-query', 'data-rendered-at'] });
              setTimeout(() => { observer.disconnect(); reject(new Error(`no results for "${want}" ${patience} ms after a keystroke`)); }, patience);
            });
            input.dispatchEvent(new Event('input', { bubbles: true }));
            times.push((await answered) - t0);
          }
          return times;
        }
        """;

    private static (long Bytes, int Files) DiskBytes(string folder)
    {
        if (!Directory.Exists(folder)) return (0, 0);
        var (bytes, files) = (0L, 0);
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)) (bytes, files) = (bytes + file.Length, files + 1);
        return (bytes, files);
    }

    private static string? Chromium() =>
        new[] { "/usr/bin/chromium" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(p => Path.Combine(p, "chromium")))
            .FirstOrDefault(File.Exists);
}
