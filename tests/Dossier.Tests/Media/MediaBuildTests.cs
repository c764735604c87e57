using System.IO.Compression;
using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Media;

/// <summary>Files of input/media/ in a real build: published byte for byte, shown and linked from pages, checked.</summary>
public sealed class MediaBuildTests
{
    private const string Article = "articles/map-of-the-crossing.md";

    internal static readonly byte[] Map = TinyImages.Png(40, 24);
    internal static readonly byte[] Report = "%PDF-1.4\n% a tiny document\n%%EOF\n"u8.ToArray();

    /// <summary>The seed dossier with a Markdown article that shows a map and links a report, and a topic that shows the map too.</summary>
    internal static TempDossier WithMedia()
    {
        var dossier = new TempDossier();
        Directory.CreateDirectory(dossier.PathOf("media/docs"));
        File.WriteAllBytes(dossier.PathOf("media/map.png"), Map);
        File.WriteAllBytes(dossier.PathOf("media/docs/report 2025.pdf"), Report);
        dossier.Write(Article, """
            ---
            title: A map of the crossing
            outlet: unknown
            published: 2025-11-05
            topics: [doha-ceasefire]
            ---
            The crossing is shown below.

            ![The Torkham crossing](../media/map.png "Torkham")

            The [full report](../media/docs/report%202025.pdf) is attached.
            """);
        File.AppendAllText(dossier.PathOf("topics/doha-ceasefire.md"), "\n\n![The Torkham crossing, again](../media/map.png)\n");
        return dossier;
    }

    [Fact]
    public void APictureShowsWithItsSizeAltTextAndLazyLoadingAndADocumentIsPublishedByteForByte()
    {
        using var dossier = WithMedia();
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("DOS035", result.All);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "articles", "map-of-the-crossing.html")));
        var img = Assert.Single(page.QuerySelectorAll("main img"));
        Assert.Equal("../media/map.png", img.GetAttribute("src"));
        Assert.Equal("The Torkham crossing", img.GetAttribute("alt"));
        Assert.Equal("40", img.GetAttribute("width"));
        Assert.Equal("24", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("Torkham", img.GetAttribute("title"));
        var link = Assert.Single(page.QuerySelectorAll("main a"), a => a.TextContent == "full report");
        Assert.Equal("../media/docs/report%202025.pdf", link.GetAttribute("href"));
        Assert.Equal(Map, File.ReadAllBytes(Path.Combine(dossier.Output, "media", "map.png")));
        Assert.Equal(Report, File.ReadAllBytes(Path.Combine(dossier.Output, "media", "docs", "report 2025.pdf")));
        var topic = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "topics", "doha-ceasefire.html")));
        Assert.Contains(topic.QuerySelectorAll("main img"), i => i.GetAttribute("src") == "../media/map.png" && i.GetAttribute("width") == "40");
    }

    [Fact]
    public void ThePackHasTheMediaAndThePrintEditionLinksThemFromItsOwnFolder()
    {
        using var dossier = WithMedia();
        var result = DossierCli.Run(dossier.Root, "pack", "--input", dossier.Input, "--output", dossier.Output);
        Assert.True(result.ExitCode == 0, result.All);
        var print = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "print.html")));
        Assert.Contains(print.QuerySelectorAll("img"), i => i.GetAttribute("src") == "media/map.png" && i.GetAttribute("alt") == "The Torkham crossing");
        Assert.Contains(print.QuerySelectorAll("a"), a => a.GetAttribute("href") == "media/docs/report%202025.pdf");
        using var zip = ZipFile.OpenRead(dossier.Output + ".zip");
        var entry = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/media/docs/report 2025.pdf", StringComparison.Ordinal));
        using var stream = entry.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        Assert.Equal(Report, bytes.ToArray());
    }

    [Fact]
    public void APictureWithoutAltTextIsALocatedErrorAndTheOutputIsUntouched()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            Directory.CreateDirectory(d.PathOf("media"));
            File.WriteAllBytes(d.PathOf("media/map.png"), Map);
            File.AppendAllText(d.PathOf("topics/doha-ceasefire.md"), "\n\nSee the map: ![](../media/map.png)\n");
        });
        var lines = File.ReadAllLines(Path.Combine(Repo.Input, "topics", "doha-ceasefire.md")).Length;
        Assert.Contains($"input/topics/doha-ceasefire.md({lines + 3},14): error DOS033: the picture has no alt text", result.All.Replace('\\', '/'));
    }

    [Fact]
    public void APictureOfAMissingMediaFileIsALocatedBrokenLink()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            Directory.CreateDirectory(d.PathOf("media"));
            File.WriteAllBytes(d.PathOf("media/map.png"), Map);
            File.AppendAllText(d.PathOf("topics/doha-ceasefire.md"), "\n\n![The map](../media/mpa.png)\n");
        });
        var lines = File.ReadAllLines(Path.Combine(Repo.Input, "topics", "doha-ceasefire.md")).Length;
        var all = result.All.Replace('\\', '/');
        Assert.Contains($"input/topics/doha-ceasefire.md({lines + 3},1): error DOS017: 'media/mpa.png' is not produced by the build", all);
        Assert.Contains("did you mean 'media/map.png'?", all);
    }

    [Fact]
    public void ALargeFileAndAnUnusedFileAreWarnedOfWithTheirLocationAndTheBuildSucceeds()
    {
        using var dossier = WithMedia();
        File.WriteAllBytes(dossier.PathOf("media/big.gif"), [.. TinyImages.Gif(2, 2), .. new byte[3000]]);
        dossier.Replace("dossier.yml", "language: en", "language: en\nmedia_size_limit: 2 KB");
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var all = result.All.Replace('\\', '/');
        Assert.Contains("input/media/big.gif: warning DOS034: media/big.gif is 3 KB, over the media_size_limit of 2 KB", all);
        Assert.Contains("input/media/big.gif: warning DOS035: nothing links to media/big.gif", all);
        Assert.DoesNotContain("warning DOS035: nothing links to media/map.png", all);
        Assert.DoesNotContain("DOS034: media/map.png", all);
        Assert.True(File.Exists(Path.Combine(dossier.Output, "media", "big.gif")));
    }

    [Fact]
    public void AMalformedSizeLimitIsALocatedError()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace("dossier.yml", "language: en", "language: en\nmedia_size_limit: lots"));
        Assert.Matches(@"input/dossier\.yml\(\d+,\d+\): error DOS016: media_size_limit should be a size", result.All.Replace('\\', '/'));
    }

    [Fact]
    public void ABrokenPictureIsPublishedAndShownWithoutASize()
    {
        using var dossier = WithMedia();
        File.WriteAllBytes(dossier.PathOf("media/map.png"), Map[..20]);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "articles", "map-of-the-crossing.html")));
        var img = Assert.Single(page.QuerySelectorAll("main img"));
        Assert.Equal("../media/map.png", img.GetAttribute("src"));
        Assert.Null(img.GetAttribute("width"));
        Assert.Null(img.GetAttribute("height"));
    }

    [Fact]
    public void WithoutAMediaFolderNothingIsPublishedUnderMedia()
    {
        using var dossier = new TempDossier();
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        Assert.False(Directory.Exists(Path.Combine(dossier.Output, "media")));
        Assert.DoesNotContain("warning", result.All);
    }
}
