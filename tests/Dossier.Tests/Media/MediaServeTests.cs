using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Media;

/// <summary>`dossier serve` serves a media file with its type, and a picture added while it runs shows with its size.</summary>
[Collection("serve")]
public sealed class MediaServeTests
{
    [Fact]
    public async Task ServeServesAPictureAddedWhileItRuns()
    {
        using var serve = new ServeProcess();
        var png = TinyImages.Png(30, 20);
        Directory.CreateDirectory(serve.Dossier.PathOf("media"));
        File.WriteAllBytes(serve.Dossier.PathOf("media/map.png"), png);
        File.AppendAllText(serve.Dossier.PathOf("topics/mediation.md"), "\n![A test map](../media/map.png)\n");
        await serve.WaitFor("topics/mediation.html", b => b.Contains("media/map.png"), TimeSpan.FromSeconds(20));

        var img = new HtmlParser().ParseDocument((await serve.Get("topics/mediation.html")).Body).QuerySelector("img[src='../media/map.png']");
        Assert.True(img is not null, serve.Log);
        Assert.Equal(("30", "20", "A test map"), (img!.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
        using var response = await serve.Http.GetAsync(serve.BaseUrl + "media/map.png");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, serve.Interrupt());
    }
}
