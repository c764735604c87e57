using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Links;

namespace Dossier.Tests.Units;

public sealed class LinkAndDateTests
{
    [Theory]
    [InlineData("index.html", "topics/ttp.html", "topics/ttp.html")]
    [InlineData("articles/a.html", "topics/ttp.html", "../topics/ttp.html")]
    [InlineData("articles/a.html", "articles/b.html", "b.html")]
    [InlineData("topics/index.html", "index.html", "../index.html")]
    [InlineData("a/b/c.html", "a/d.html", "../d.html")]
    public void LinksAreDocumentRelativeAndNameAFile(string from, string to, string expected) =>
        Assert.Equal(expected, new LinkGenerator(from).To(to));

    [Fact]
    public void EveryLinkBetweenPagesResolvesBackToItsTarget()
    {
        string[] pages = ["index.html", "claims.html", "articles/a.html", "articles/ab.html", "a/b/c.html", "a/d.html", "ab/c.html",
            "topics/ttp.page-2.html", "x/y/z/w.html", "a/b.html"];
        foreach (var from in pages)
            foreach (var to in pages)
            {
                var link = LinkGenerator.Relative(from, to);
                Assert.False(link.StartsWith('/'), link);
                Assert.Equal(to, LinkIndex.Resolve(from, link));
                // The fewest steps up: never out of a folder and back into it.
                var ups = link.Split('/').Count(s => s == "..");
                Assert.Equal(from.Count(c => c == '/') - CommonFolders(from, to), ups);
            }
    }

    private static int CommonFolders(string a, string b)
    {
        var (x, y) = (a.Split('/')[..^1], b.Split('/')[..^1]);
        var n = 0;
        while (n < x.Length && n < y.Length && x[n] == y[n]) n++;
        return n;
    }

    [Theory]
    [InlineData("articles/a.html", "../topics/t.html", "topics/t.html")]
    [InlineData("articles/a.html", "./b.html", "articles/b.html")]
    [InlineData("articles/a.html", "x/../b.html", "articles/b.html")]
    [InlineData("index.html", "../b.html", null)]
    [InlineData("a/b/c.html", "../../d.html", "d.html")]
    public void RelativeLinksResolveToSitePaths(string page, string link, string? expected) =>
        Assert.Equal(expected, LinkIndex.Resolve(page, link));

    [Fact]
    public void ALinkToTheSamePageIsItsFragment()
    {
        Assert.Equal("#p3", new LinkGenerator("articles/a.html").To("articles/a.html", "p3"));
        Assert.Equal("b.html#p3", new LinkGenerator("articles/a.html").To("articles/b.html", "p3"));
    }

    [Theory]
    [InlineData("2025", "2025")]
    [InlineData("2025-10", "October 2025")]
    [InlineData("2025-10-19", "19 October 2025")]
    [InlineData("2024-02-29", "29 February 2024")]
    public void DatesOfEachPrecisionParse(string text, string display)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(display, PartialDate.Parse(text, default, bag)!.Value.Display);
        Assert.False(bag.HasErrors);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("25-10-19")]
    [InlineData("19 October 2025")]
    [InlineData("2025-1-5")]
    public void ImpossibleOrMisformattedDatesAreErrors(string text)
    {
        var bag = new DiagnosticBag();
        Assert.Null(PartialDate.Parse(text, new SourceLocation("f.yml", 3, 12), bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal(3, error.Location.Line);
    }
}
