using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>An editor's Markdown article, with front matter, built alongside the seeds.</summary>
public sealed class MarkdownArticleTests
{
    private const string Article = """
        ---
        title: Editors' test article on the talks
        outlet: dawat-media-center
        published: 2025-11-07
        topics: [mediation, istanbul-talks]
        summary: A fixture written for the test suite.
        slug: editors-test-article
        notes:
          - quote: "second paragraph"
            kind: context
            text: A note written by the *editor*.
        ---
        First paragraph with **bold** words and <script>alert("x")</script> raw HTML.

        ## A section

        The second paragraph, with a [link to sources](../sources.html).

        - item one
        - item two
        """;

    [Fact]
    public void AMarkdownArticleRendersWithItsFrontMatter()
    {
        using var dossier = new TempDossier();
        dossier.Write("articles/editors-test.md", Article);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var html = File.ReadAllText(Path.Combine(dossier.Output, "articles", "editors-test-article.html"));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Editors' test article on the talks", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2025-11-07", page.QuerySelector(".article-header time")!.GetAttribute("datetime"));
        Assert.Equal("7 November 2025", page.QuerySelector(".article-header time")!.TextContent);
        Assert.Contains("Dawat Media Center", page.QuerySelector(".facts")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".article-header .chips a").Length);
        Assert.Equal("bold", page.QuerySelector("#p1 strong")!.TextContent);
        Assert.Null(page.QuerySelector(".article-body script"));
        Assert.Contains("&lt;script&gt;", html);
        Assert.Equal("A section", page.QuerySelector(".article-body h2")!.TextContent);
        Assert.Equal("second paragraph", page.QuerySelector("#p2 mark")!.TextContent);
        Assert.Equal("editor", page.QuerySelector("aside.note-context em")!.TextContent);
        Assert.Equal(["p3", "p4"], page.QuerySelectorAll(".article-body ul > li").Select(li => li.Id!));
        var topic = File.ReadAllText(Path.Combine(dossier.Output, "topics", "mediation.html"));
        Assert.Contains("../articles/editors-test-article.html", topic);
        Assert.Contains("articles/editors-test-article.html", File.ReadAllText(Path.Combine(dossier.Output, "sources.html")));
    }
}
