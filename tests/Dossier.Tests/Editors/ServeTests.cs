using System.Net;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>`dossier serve`, started by the test on a random port, as an editor leaves it running all day.</summary>
[Collection("serve")]
public sealed class ServeTests
{
    [Fact]
    public async Task ServesRebuildsKeepsTheLastGoodSiteAndStopsOnCtrlC()
    {
        using var serve = new ServeProcess("/repo/");
        var (status, body) = await serve.Get("index.html");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<script src=\"__dossier/live.js\" defer></script>", body);
        Assert.Contains("connect-src &#x27;self&#x27;", body);
        Assert.Equal(HttpStatusCode.OK, (await serve.Get("")).Status);
        Assert.Contains("EventSource", (await serve.Get("__dossier/live.js")).Body);

        // An edit is served. How fast is the benchmark's to measure (bench/Dossier.Bench, serve edits): timed here, the first
        // edit after start-up ran in 0.1 s or, still compiling on a loaded machine, 1 s.
        serve.Dossier.Replace("topics/mediation.md", "title: Mediation by Qatar and Turkey", "title: Mediation, as edited");
        await serve.WaitFor("topics/mediation.html", b => b.Contains("Mediation, as edited"), TimeSpan.FromSeconds(10));

        // A broken file: the error reaches the terminal and the event stream, and the last good site stays.
        serve.Dossier.Replace("topics/mediation.md", "title: Mediation, as edited", "title: [broken");
        using var events = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var stream = new StreamReader(await events.GetStreamAsync(serve.BaseUrl + "__dossier/events"));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string? line;
        var sawError = false;
        while (!sawError && DateTime.UtcNow < deadline && (line = await stream.ReadLineAsync()) is not null)
            sawError = line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("DOS001");
        Assert.True(sawError, "no error event: " + serve.Log);
        serve.WaitForLog("error DOS001", TimeSpan.FromSeconds(5));
        serve.WaitForLog("Build failed: 1 error. Still serving the last good build.", TimeSpan.FromSeconds(5));
        Assert.Contains("Mediation, as edited", (await serve.Get("topics/mediation.html")).Body);

        Assert.Equal(0, serve.Interrupt());
        Assert.Contains("Stopped.", serve.Log);
    }

    [Fact]
    public async Task PathTraversalAndOtherMissingPathsGet404()
    {
        using var serve = new ServeProcess();
        File.WriteAllText(Path.Combine(serve.Dossier.Root, "secret.txt"), "secret");
        foreach (var path in new[] { "../secret.txt", "%2e%2e/secret.txt", "..%2fsecret.txt", "%252e%252e%252fsecret.txt", "articles/..%2f..%2fsecret.txt",
                     "..\\secret.txt", "%2e%2e%5csecret.txt", "input/dossier.yml", "../input/dossier.yml", ".nojekyll", "nothing.html" })
        {
            var (status, body) = await serve.Get(path);
            Assert.True(status == HttpStatusCode.NotFound, $"{path}: {status}");
            Assert.DoesNotContain("secret", body);
        }
        // Only the loopback address is bound.
        Assert.StartsWith("http://127.0.0.1:", serve.BaseUrl);
        Assert.Contains("at http://127.0.0.1:", serve.Log);
    }
}

/// <summary>Serve tests time a rebuild, so they run alone rather than beside other tests' builds on a 2-core machine.</summary>
[CollectionDefinition("serve", DisableParallelization = true)]
public sealed class ServeCollection;
