using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Curated;

/// <summary>The fields issue 13 adds: an entity's wikidata and a note's date, their errors, and what they change on the site.</summary>
public sealed class CheckableFieldsTests
{
    [Theory]
    [InlineData("1234")]
    [InlineData("Q12a")]
    [InlineData("https://www.wikidata.org/wiki/Q42")]
    [InlineData("Q0")]
    [InlineData("q42")]
    public void AMalformedWikidataIdIsALocatedError(string value)
    {
        var field = "wikidata: " + value;
        var message = $"'wikidata' should be a Wikidata item id such as Q1234, not '{value}'";
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            d.Replace("entities.yml", "- id: qatar\n", $"- id: qatar\n  {field}\n");
            line = d.Read("entities.yml").Split('\n').ToList().FindIndex(l => l.Contains("wikidata:")) + 1;
        });
        Assert.Contains($"input/entities.yml({line},13): error DOS016: {message}", result.StdErr);
    }

    [Fact]
    public void AWikidataIdBecomesTheEntitysSameAs()
    {
        using var dossier = new TempDossier();
        dossier.Replace("entities.yml", "- id: qatar\n", "- id: qatar\n  wikidata: Q846\n");
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var page = new BuiltFolder(dossier.Output).Page("entities/qatar.html");
        var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("https://www.wikidata.org/wiki/Q846", data.GetProperty("sameAs").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/Q846", page.QuerySelector("main a[href*='wikidata.org']")!.GetAttribute("href"));
    }

    [Fact]
    public void ANoteDateThatIsNotADateIsALocatedError()
    {
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            d.Replace("articles/003_16e74611026babbf.yml", "    kind: correction\n", "    kind: correction\n    date: 2025-13-01\n");
            line = d.Read("articles/003_16e74611026babbf.yml").Split('\n').ToList().FindIndex(l => l.Contains("date: 2025-13-01")) + 1;
        });
        Assert.Contains($"input/articles/003_16e74611026babbf.yml({line},11): error DOS008: '2025-13-01' is not a valid date", result.StdErr);
    }

    [Fact]
    public void TheCorrectionsLogIsNewestFirstWithUndatedNotesLast()
    {
        using var dossier = new TempDossier();
        // Three logged notes: the seeds' correction dated, their dispute dated later, and a new undated dispute.
        dossier.Replace("articles/003_16e74611026babbf.yml", "    kind: correction\n", "    kind: correction\n    date: 2025-11-02\n");
        dossier.Replace("articles/002_878235db855296da.yml", "    kind: dispute\n", "    kind: dispute\n    date: 2025-11-20\n");
        var context = dossier.Read("articles/004_5e676c2a02e16e5b.yml");
        var at = context.IndexOf("    kind: context\n", StringComparison.Ordinal);
        dossier.Write("articles/004_5e676c2a02e16e5b.yml", context[..at] + "    kind: dispute\n" + context[(at + "    kind: context\n".Length)..]);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var site = new BuiltFolder(dossier.Output);
        var entries = site.Page("corrections.html").QuerySelectorAll("li.correction");
        var dates = entries.Select(e => e.QuerySelector("time")?.GetAttribute("datetime")).ToList();
        Assert.Equal(3, entries.Length);
        Assert.Equal(["2025-11-20", "2025-11-02", null], dates);
        // The date is shown with the note on its article page too.
        var article = site.Page(entries[1].QuerySelector("a.meta")!.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal("2025-11-02", article.QuerySelector("aside.note-correction time")!.GetAttribute("datetime"));
    }
}
