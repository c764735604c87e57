using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>Editors' text reaches the page as text — quotes, angle brackets and ampersands escaped — in every template and partial.</summary>
public sealed class EscapingTests
{
    [Fact]
    public void EditorTextIsEscapedEverywhere()
    {
        const string tricky = "Note with \"quotes\" & <b>tags</b> 'too'";
        using var dossier = new TempDossier();
        dossier.Write("articles/escaping.md", $"""
            ---
            title: "Title with \"quotes\" & <i>tags</i>"
            outlet: unknown
            date_note: "{tricky.Replace("\"", "\\\"")}"
            topics: [mediation]
            summary: "Summary & <script>alert(1)</script>"
            ---
            Body text.
            """);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var parser = new HtmlParser();
        foreach (var page in new[] { "index.html", "topics/mediation.html", "sources.html", "articles/escaping.html" })
        {
            var html = File.ReadAllText(Path.Combine(dossier.Output, page));
            var document = parser.ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("main i, main b, main script"));
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("Title with \"quotes\" & <i>tags</i>", document.QuerySelector("main")!.TextContent);
        }
        var index = parser.ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "index.html")));
        Assert.Contains(index.QuerySelectorAll(".byline [title]"), e => e.GetAttribute("title") == tricky);
    }
}
