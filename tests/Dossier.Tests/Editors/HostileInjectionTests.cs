using Dossier.Tests.Support;
using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>
/// Markup written into every value the theme puts in a page, an attribute, the JSON-LD, the feed or the
/// sitemap: each must come out as text. A payload that broke out would make a "pwned" element or attribute,
/// which <see cref="HostileInputTests"/> looks for in every page and XML file; addresses and language tags
/// that could carry one are refused instead.
/// </summary>
public sealed class HostileInjectionTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    /// <summary>Closes a quoted attribute (either quote), then a tag, then opens an element of its own.</summary>
    private const string Payload = "\\\"'><pwned pwned=1>x</pwned><!--";

    public static IEnumerable<object[]> Cases => Rows(
    [
        Legal("markup in an article title", d => d.Replace(Sidecar, "title: \"Pakistan", $"title: \"{Payload} Pakistan")),
        Legal("a closing script tag in a summary (JSON-LD)", d => d.Replace(Sidecar, "summary: \"Pakistan", "summary: \"</script><pwned pwned=1>x</pwned> Pakistan")),
        Legal("markup in a date note", d => d.Replace(Sidecar, "date_note: \"Undated", $"date_note: \"{Payload} Undated")),
        Legal("markup in an entity name", d => d.Replace("entities.yml", "name: Zabihullah Mujahid", $"name: \"{Payload} Zabihullah Mujahid\"")),
        Legal("markup in an entity role", d => d.Replace("entities.yml", "role: \"Pakistan's Defence Minister\"", $"role: \"{Payload}\"")),
        Legal("markup in an outlet name", d => d.Replace("outlets.yml", "name: Dawat Media Center", $"name: \"{Payload} Dawat\"")),
        Legal("markup in a topic title", d => d.Replace("topics/doha-ceasefire.md", "title: The Doha ceasefire", $"title: \"{Payload} The Doha ceasefire\"")),
        Legal("markup in a topic summary", d => d.Replace("topics/doha-ceasefire.md", "summary: After deadly", $"summary: >-\n  {Payload} After deadly")),
        Legal("markup in an event title", d => d.Replace("timeline.yml", "title: The Taliban return", $"title: >-\n    {Payload} The Taliban return")),
        Legal("markup in the dossier title", d => d.Replace("dossier.yml", "title: \"Pakistan", $"title: \"{Payload} Pakistan")),
        Legal("CDATA end and a comment in the dossier description", d => d.Replace("dossier.yml", "description: \"Five", "description: \"]]> <!-- --> ]]&gt; Five")),
        Legal("markup in the licence", d => d.Replace("dossier.yml", "licence: \"Editorial", $"licence: \"{Payload} Editorial")),
        Legal("raw HTML in a claim (Markdown)", d => d.Replace("claims.yml", "claim: Pakistan and the Afghan Taliban agreed", "claim: <pwned pwned=1>x</pwned> Pakistan and the Afghan Taliban agreed")),
        Legal("raw HTML in a note", d => d.Replace(Sidecar, "text: \"The sentence is garbled", "text: \"<pwned pwned=1>x</pwned> The sentence is garbled")),
        Legal("template syntax in a title", d => d.Replace(Sidecar, "title: \"Pakistan", "title: \"{{ site.title }} {% raw %} {{#each x}} ${x} Pakistan")),
        Legal("a quote in an outlet address", d => d.Replace("outlets.yml", "reliability: F", "reliability: F\n  url: https://example.com/a\\\"pwned=\\\"1")),
        Legal("markup in an article address", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\nurl: \"https://example.com/<pwned pwned=1>\"")),
        Legal("a quote in an archive address", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\nurl: https://example.com/a\narchive_url: \"https://archive.example/'pwned='1\"")),
        Legal("a quote in site_url", d => d.Replace("dossier.yml", "site_url: https://example.github.io/dossier/", "site_url: \"https://example.github.io/dossier/\\\"pwned=\\\"1/\"")),
        Error("markup in the language", "DOS016", d => d.Replace("dossier.yml", "language: en", "language: \"en\\\" pwned=\\\"1\"")),
        Error("a tag in the language", "DOS016", d => d.Replace("dossier.yml", "language: en", "language: \"en><pwned>\"")),
        Error("a script address as site_url", "DOS016", d => d.Replace("dossier.yml", "site_url: https://example.github.io/dossier/", "site_url: \"javascript:alert(1)//\"")),
        Error("a script address as an article's address", "DOS016", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\nurl: javascript:alert(1)")),
        Error("a data: address as an archive", "DOS016", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\nurl: https://example.com/a\narchive_url: \"data:text/html,<pwned>\"")),
        Error("markup in a Wikidata id", "DOS016", d => d.Replace("entities.yml", "name: Zabihullah Mujahid", "name: Zabihullah Mujahid\n  wikidata: \"Q1\\\" pwned=\\\"1\"")),
        Error("a quote in a slug", "DOS005", d => d.Replace(Sidecar, "slug: ", "slug: \"a\\\"pwned\"\nold_slug: ")),
        Legal("a quote in a Markdown link address", MarkdownArticle("[x](https://example.com/\"pwned=\"1) and <https://example.com/\"pwned>")),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);

    /// <summary>Template syntax in a value is shown as written, not run: the theme's engine sees values, never templates.</summary>
    [Fact]
    public void TemplateSyntaxIsShownAsWritten()
    {
        using var dossier = new TempDossier();
        dossier.Replace(Sidecar, "title: \"Pakistan", "title: \"{{ site.title }} {% if true %}yes{% endif %} Pakistan");
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var site = new BuiltFolder(dossier.Output);
        var page = site.Page("articles/pakistan-urges-taliban-to-end-support-for-terrorist-groups.html");
        Assert.StartsWith("{{ site.title }} {% if true %}yes{% endif %} Pakistan", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
