using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Curated;

/// <summary>Misquotes, unknown ids and quotes of omitted text fail the build with a precise, helpful message.</summary>
public sealed class CuratedErrorTests
{
    [Fact]
    public void AMisquoteFailsWithTheClosestPassage()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
            d.Replace("claims.yml", "quote: \"A ceasefire agreement reached in Doha on 19 October\"", "quote: \"A ceasefire deal reached at Doha on 19 October\""));
        Assert.Matches(@"input/claims\.yml\(\d+,\d+\): error DOS014: the quote 'A ceasefire deal reached at Doha on 19 October' is not in article '003_16e74611026babbf'", result.StdErr);
        Assert.Contains("the closest passage is: \"A ceasefire agreement reached in Doha on 19 October\"", result.StdErr);
    }

    [Fact]
    public void AMisquoteInMarkdownIsReportedAtItsLineAndColumn()
    {
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            var topic = d.Read("topics/mediation.md");
            d.Write("topics/mediation.md", topic.TrimEnd() + "\n\nA made-up line [@004_5e676c2a02e16e5b \"talks that never happened\"].\n");
            line = topic.TrimEnd().Split('\n').Length + 2;
        });
        Assert.Contains($"input/topics/mediation.md({line},16): error DOS014: the quote 'talks that never happened'", result.StdErr);
    }

    [Fact]
    public void AnUnknownLinkFailsWithASuggestion()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace("topics/mediation.md", "Two countries appear", "[[quatar]] and two countries appear"));
        Assert.Matches(@"input/topics/mediation\.md\(\d+,1\): error DOS028: \[\[quatar\]\] names no entity, topic, article or claim", result.StdErr);
        Assert.Contains("did you mean 'qatar'?", result.StdErr);
    }

    [Fact]
    public void AQuoteInsideAnOmittedPassageFails()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Write("claims.yml", d.Read("claims.yml") + """

            - id: omitted-quote
              claim: The publisher asks for donations.
              credibility: 6
              cite:
                - { article: 004_5e676c2a02e16e5b, quote: "Every contribution, however big or small, powers our journalism" }
            """));
        Assert.Contains("error DOS014: the quote 'Every contribution, however big or small, powers our journalism' is inside a passage of article '004_5e676c2a02e16e5b' that is omitted", result.StdErr);
    }

    [Fact]
    public void UnknownIdsInClaimsAndEventsFail()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Write("claims.yml", d.Read("claims.yml") + """

            - id: bad-references
              claim: A claim with bad references.
              topics: [medation]
              entities: [pakistn]
              disputed_by: [no-such-claim]
              credibility: 3
              cite:
                - { article: 009_missing, quote: "anything" }
            """));
        Assert.Contains("error DOS012: unknown topic 'medation'", result.StdErr);
        Assert.Contains("did you mean 'mediation'?", result.StdErr);
        Assert.Contains("error DOS026: unknown entity 'pakistn'", result.StdErr);
        Assert.Contains("error DOS027: unknown claim 'no-such-claim'", result.StdErr);
        Assert.Contains("error DOS021: unknown article '009_missing' in citation", result.StdErr);
    }

    [Fact]
    public void AnEditorsMarkdownArticleJoinsTheDossierWithNoOtherFileTouched()
    {
        using var dossier = new TempDossier();
        dossier.Write("articles/editor-brief.md", """
            ---
            title: Editor's brief on the mediators
            outlet: unknown
            date_note: Written for the test suite.
            topics: [mediation]
            summary: A short brief.
            ---
            Officials in Qatar said little. Zabihullah Mujahid spoke again, and Qatar was named twice.

            The brief quotes [@004_5e676c2a02e16e5b "Our delegation is patient"] and links [[turkey]].
            """);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        string Read(string page) => File.ReadAllText(Path.Combine(dossier.Output, page));
        var article = new HtmlParser().ParseDocument(Read("articles/editor-brief.html"));
        Assert.Equal(["../entities/qatar.html", "../entities/zabihullah-mujahid.html"],
            article.QuerySelectorAll("#p1 a[href*='entities/']").Select(a => a.GetAttribute("href")));
        Assert.Equal("../entities/turkey.html", article.QuerySelector("#p2 a.xref")!.GetAttribute("href"));
        var cite = article.QuerySelector("#p2 a.cite")!.GetAttribute("href")!;
        Assert.Matches(@"^istanbul-talks-deadlocked-on-third-day\.html#q\d+$", cite);
        Assert.Contains("../articles/editor-brief.html", Read("topics/mediation.html"));
        Assert.Contains("../articles/editor-brief.html", Read("entities/qatar.html"));
        Assert.Contains("../articles/editor-brief.html", Read("entities/zabihullah-mujahid.html"));
        Assert.Contains("articles/editor-brief.html", Read("sources.html"));
        var cited = new HtmlParser().ParseDocument(Read("articles/istanbul-talks-deadlocked-on-third-day.html"));
        Assert.Contains(cited.QuerySelectorAll(".cited-by a"), a => a.GetAttribute("href") == "editor-brief.html");
    }
}
