using Dossier.Diagnostics;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Tests.Units;

public sealed class LinkIndexTests
{
    private static OutputFile Page(string path, string html) => OutputFile.Text(path, html) with { Links = HtmlLinkScanner.Scan(html) };

    [Fact]
    public void AMissingAnchorLinkedFromManyPagesIsOneErrorNamingTheFirstPageInPathOrder()
    {
        var index = new LinkIndex(new HashSet<string> { "articles/a.html", "entities/x.html", "entities/y.html", "claims.html" });
        // Recorded out of path order, as parallel workers would.
        index.Record(Page("entities/y.html", "<a href=\"../articles/a.html#p9\">a</a>"));
        index.Record(Page("articles/a.html", "<p id=\"p1\">text</p><a href=\"#p1\">self</a>"));
        index.Record(Page("entities/x.html", "<a href=\"../articles/a.html#p9\">a</a><a href=\"../articles/a.html#p1\">ok</a>"));
        index.Record(Page("claims.html", "<a href=\"articles/a.html#p9\">a</a><a href=\"missing.html\">gone</a>"));
        var diagnostics = new DiagnosticBag();
        index.Validate(diagnostics);
        var messages = diagnostics.Sorted().Select(d => d.Message).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "page 'claims.html' links to 'articles/a.html#p9': 'articles/a.html' has no element with id 'p9' (and 2 other links to it)",
            "page 'claims.html' links to 'missing.html': 'missing.html' is not produced by the build",
        ], messages);
    }
}
