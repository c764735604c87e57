using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>`serve` holds up: many clients at once get every page, its memory stays flat, and closed tabs' live-reload connections are let go.</summary>
public sealed class ServeLoadTests
{
    private static readonly string[] Pages =
    [
        "index.html", "claims.html", "sources.html", "timeline.html", "topics/index.html", "topics/doha-ceasefire.html", "entities/index.html",
        "entities/pakistan.html", "articles/istanbul-round-ends-without-agreement.html", "claims/doha-ceasefire-agreed.html", "methodology.html",
        "data/claims.json", "assets/site.css", "search.html", "__dossier/live.js",
    ];

    [Fact]
    public async Task FiftyClientsForTenSecondsGetNoErrorAndTheMemoryStaysFlat()
    {
        using var serve = new ServeProcess();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 50 }) { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var page in Pages) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(serve.BaseUrl + page)).StatusCode);
        var errors = new ConcurrentQueue<string>();
        var served = 0;
        var watch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, 50).Select(client => Task.Run(async () =>
        {
            for (var i = client; watch.Elapsed < TimeSpan.FromSeconds(10); i++)
            {
                var page = Pages[i % Pages.Length];
                try
                {
                    using var response = await http.GetAsync(serve.BaseUrl + page);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK || body.Length == 0) errors.Enqueue($"{page}: {response.StatusCode}, {body.Length} bytes");
                    else Interlocked.Increment(ref served);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Enqueue($"{page}: {e.Message}");
                }
            }
        })).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var afterWarmUp = serve.ResidentBytes;
        await Task.WhenAll(clients);
        var atEnd = serve.ResidentBytes;
        Assert.True(errors.IsEmpty, $"{errors.Count} errors, e.g. {string.Join("; ", errors.Take(5))}");
        Assert.True(served > 1000, $"only {served} pages served in 10 s");
        // Flat: what 7 more seconds of the same load added is small beside what the server holds.
        Assert.True(atEnd < afterWarmUp * 1.25 + 32 * 1024 * 1024, $"RSS grew from {afterWarmUp / 1048576} MB to {atEnd / 1048576} MB under a steady load");
    }

    [Fact]
    public async Task TheLiveReloadConnectionsOfClosedTabsAreReleased()
    {
        using var serve = new ServeProcess();
        await serve.Get("index.html");
        var before = serve.OpenSockets;
        // Fifty tabs open the event stream, then close.
        var tabs = new List<(HttpClient Client, Stream Stream)>();
        for (var i = 0; i < 50; i++)
        {
            var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var stream = await client.GetStreamAsync(serve.BaseUrl + "__dossier/events");
            var first = new byte[64];
            Assert.True(await stream.ReadAsync(first) > 0);
            tabs.Add((client, stream));
        }
        Assert.True(serve.OpenSockets >= before + 50, $"{serve.OpenSockets} sockets with 50 tabs open, {before} before");
        foreach (var (client, stream) in tabs)
        {
            stream.Dispose();
            client.Dispose();
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (serve.OpenSockets > before + 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(serve.OpenSockets <= before + 2, $"{serve.OpenSockets} sockets after the tabs closed, {before} before");
        // The server still answers, and stops on Ctrl-C with no stream left to wait for.
        Assert.Equal(HttpStatusCode.OK, (await serve.Get("index.html")).Status);
        Assert.Equal(0, serve.Interrupt());
    }
}
