using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>`dossier serve` shows drafts, each under its banner, while `dossier build` leaves them out.</summary>
[Collection("serve")]
public sealed class DraftServeTests
{
    [Fact]
    public async Task ServeShowsDraftsWithTheirBanner()
    {
        using var serve = new ServeProcess();
        DraftTests.AddDrafts(serve.Dossier);
        // The files are written one by one: the last edit served means no rebuild is still to come.
        await serve.WaitFor(DraftTests.Tagged, b => b.Contains($"{DraftTests.TopicId}.html"), TimeSpan.FromSeconds(20));
        await serve.WaitFor($"articles/{DraftTests.ArticleId}.html", b => b.Contains("draft-banner"), TimeSpan.FromSeconds(20));
        var parser = new HtmlParser();
        foreach (var path in new[] { $"articles/{DraftTests.ArticleId}.html", $"topics/{DraftTests.TopicId}.html" })
        {
            var (status, body) = await serve.Get(path);
            var banner = parser.ParseDocument(body).QuerySelector("p.draft-banner");
            Assert.True(banner is not null, $"{path} ({status}) has no draft banner: {body[..Math.Min(body.Length, 600)]}\n{serve.Log}");
            Assert.Equal("note", banner!.GetAttribute("role"));
            Assert.Contains("dossier build will not publish it", banner.TextContent);
        }
        // A published page has no banner, and the draft is in the lists of the preview.
        Assert.Null(parser.ParseDocument((await serve.Get("topics/mediation.html")).Body).QuerySelector(".draft-banner"));
        Assert.Contains($"{DraftTests.TopicId}.html", (await serve.Get("topics/index.html")).Body);
        Assert.Equal(0, serve.Interrupt());
    }
}
