using System.Security.Cryptography;
using AngleSharp.Dom;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>The five seed articles, built from the real input/, checked on the produced HTML.</summary>
public sealed class SeedArticleTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    public static TheoryData<string, string[]> SeedHeadings => new()
    {
        {
            "000_fc38284d9f619c0c.txt",
            [
                "High Stakes and Heavy Pressure", "The Core Demand: No Terror from Afghan Soil", "Talks, Mediation, and Tentative Ceasefire",
                "Impasse, Frustration, and the Risk of Escalation", "Diverging Narratives and Trust Deficit",
                "Regional Impact and Strategic Implications", "What Happens Next?",
            ]
        },
        {
            "001_703b6955b0d8f8ed.txt",
            [
                "Background of the Ceasefire Agreement", "Pakistan Is Concerned about Cross-Border Militancy", "Demands at the Istanbul Talks",
                "Afghanistan’s Position", "Consequences of Failed Negotiations Sessions", "The Way Forward",
            ]
        },
        { "002_878235db855296da.txt", [] },
        {
            "003_16e74611026babbf.txt",
            ["Diplomatic Process and Demand for Action", "Strategic Implications", "Going Forward, what to watch out for", "Conclusion"]
        },
        {
            "004_5e676c2a02e16e5b.txt",
            ["A Deep-Seated Dispute", "Historical Baggage and Regional Complexities", "Potential Framework and Stakes for Stability"]
        },
    };

    [Fact]
    public void BuildSucceedsWithoutDiagnostics()
    {
        Assert.True(site.Result.ExitCode == 0, site.Result.All);
        Assert.DoesNotContain("warning", site.Result.StdErr);
        Assert.DoesNotContain("error", site.Result.StdErr);
    }

    [Fact]
    public void EverySeedHasOnePageAndTheFrontPageListsThemAll()
    {
        var articlePages = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        var seeds = Directory.GetFiles(Repo.Input + "/articles", "*.txt").Length;
        Assert.Equal(5, seeds);
        Assert.Equal(seeds, articlePages.Count);
        var listed = site.Page("index.html").QuerySelectorAll(".article-item-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(articlePages.Order(), listed.Order()!);
    }

    [Theory]
    [MemberData(nameof(SeedHeadings))]
    public void EverySeedHeadingIsDetectedAndNothingElseIsPromoted(string file, string[] headings)
    {
        var (_, page) = site.ArticleFromFile(file);
        var found = page.QuerySelectorAll(".article-body h2, .article-body h3").Select(h => h.TextContent.Trim()).ToArray();
        Assert.Equal(headings, found);
    }

    [Fact]
    public void TheKickerOf000IsAKickerAndItsTitleLineIsTheTitle()
    {
        var (_, page) = site.ArticleFromFile("000_fc38284d9f619c0c.txt");
        Assert.Equal("Islamabad and Afghan", page.QuerySelector(".kicker")!.TextContent.Trim());
        Assert.StartsWith("Istanbul Talks Focus on Ending Cross-Border Terrorism", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".article-body p"), p => p.TextContent.Contains("Islamabad and Afghan") && p.TextContent.Length < 30);
    }

    [Fact]
    public void ResidueLinesStayText()
    {
        var (_, page) = site.ArticleFromFile("003_16e74611026babbf.txt");
        var residue = page.QuerySelectorAll(".article-body p[id]").Where(p => Own(p) == "+2").ToList();
        Assert.Single(residue);
    }

    [Fact]
    public void TheDashListOf004IsAList()
    {
        var (_, page) = site.ArticleFromFile("004_5e676c2a02e16e5b.txt");
        var items = page.QuerySelectorAll(".article-body ul > li").Select(Own).ToList();
        Assert.Equal(
        [
            "A formal extension of the temporary ceasefire.",
            "The reopening of key trade and travel routes, which have been frequently closed due to security concerns.",
            "Humanitarian gestures, such as the reciprocal release of selected detainees.",
            "A schedule for future high-level meetings to maintain dialogue.",
        ], items);
        Assert.DoesNotContain(page.QuerySelectorAll(".article-body p"), p => Own(p) == "-");
    }

    /// <summary>The ¶ link of each is added by site.js (tested in the browser: ParagraphLinkTests).</summary>
    [Fact]
    public void ParagraphsAreAnchoredInOrder()
    {
        foreach (var page in site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)))
        {
            var anchored = site.Page(page).QuerySelectorAll(".article-body [id^=p]").ToList();
            Assert.NotEmpty(anchored);
            for (var i = 0; i < anchored.Count; i++) Assert.Equal($"p{i + 1}", anchored[i].Id);
        }
    }

    [Fact]
    public void TheDonationAppealIsOmittedWithANoticeAndReason()
    {
        var (_, page) = site.ArticleFromFile("004_5e676c2a02e16e5b.txt");
        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.DoesNotContain("Support Dawat Media Center", body);
        Assert.DoesNotContain("DNB Bank", body);
        Assert.DoesNotContain("Vipps", body);
        Assert.DoesNotContain("Comments are closed", body);
        var notices = page.QuerySelectorAll(".omission").Select(n => n.TextContent).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.StartsWith("[Passage omitted: ", n));
        Assert.Contains(notices, n => n.Contains("donation appeal", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("As the talks enter their final stages", body);
    }

    [Fact]
    public void TheIndiaCorrectionIsAnchoredInTheDohaParagraph()
    {
        var (_, page) = site.ArticleFromFile("003_16e74611026babbf.txt");
        var note = page.QuerySelectorAll("aside.note-correction").Single(n => n.TextContent.Contains("Pakistan and India"));
        var mark = page.GetElementById(note.QuerySelector("a")!.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Equal("MARK", mark.TagName);
        var paragraph = mark.Closest("p")!;
        Assert.Contains("A ceasefire agreement reached in Doha on 19 October", paragraph.TextContent);
        Assert.Matches("^p[0-9]+$", paragraph.Id!);
        var marked = string.Concat(paragraph.QuerySelectorAll("mark.note-correction").Select(m => m.TextContent));
        Assert.Equal("further talks between Pakistan and India", marked);
        Assert.Same(paragraph, note.PreviousElementSibling);
        Assert.Contains("Afghanistan", note.TextContent);
    }

    [Theory]
    [InlineData("000_fc38284d9f619c0c.txt")]
    [InlineData("001_703b6955b0d8f8ed.txt")]
    [InlineData("002_878235db855296da.txt")]
    [InlineData("003_16e74611026babbf.txt")]
    [InlineData("004_5e676c2a02e16e5b.txt")]
    public void TheShownSha256IsTheFilesAndTheInputIsTheSeedByteForByte(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Input, "articles", file));
        if (Directory.Exists(Repo.Seeds)) Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Seeds, file)), bytes);
        var (_, page) = site.ArticleFromFile(file);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), page.QuerySelector(".sha256")!.TextContent);
    }

    [Fact]
    public void ArticlePagesShowTheirMetadataAndNeighbours()
    {
        var pages = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        foreach (var path in pages)
        {
            var page = site.Page(path);
            var facts = page.QuerySelector(".article-header .facts")!.TextContent;
            Assert.Contains("Outlet", facts);
            Assert.Contains("Date", facts);
            Assert.NotEmpty(page.QuerySelectorAll(".article-header .chips a"));
            Assert.NotNull(page.QuerySelector(".article-header .summary"));
        }
        var order = site.Page("index.html").QuerySelectorAll(".article-item-title a").Select(a => a.GetAttribute("href")!).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            var page = site.Page(order[i]);
            Assert.Equal(i > 0 ? Path.GetFileName(order[i - 1]) : null, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i + 1 < order.Count ? Path.GetFileName(order[i + 1]) : null, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        }
        var (_, dawat) = site.ArticleFromFile("004_5e676c2a02e16e5b.txt");
        Assert.Contains("Dawat Media Center", dawat.QuerySelector(".article-header .facts")!.TextContent);
        var (_, unknown) = site.ArticleFromFile("002_878235db855296da.txt");
        Assert.Contains("Unknown", unknown.QuerySelector(".article-header .facts")!.TextContent);
        Assert.Contains("Undated", unknown.QuerySelector(".article-header .facts")!.TextContent);
    }

    /// <summary>An element's own text, without the ¶ link.</summary>
    private static string Own(IElement e) =>
        string.Concat(e.ChildNodes.Where(n => n is not IElement { ClassName: "pilcrow" }).Select(n => n.TextContent)).Trim();
}
