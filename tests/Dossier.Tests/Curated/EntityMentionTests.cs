using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Curated;

/// <summary>
/// Entity pages list exactly the articles that name the entity. The expected sets are computed here with a
/// regular expression over each article page's visible text — independently of Dossier's Aho–Corasick matcher.
/// </summary>
public sealed class EntityMentionTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void MentionedInIsTheSetOfArticlesThatNameTheEntity()
    {
        var entities = InputFiles.List("entities.yml").Select(e => (
            Id: e.Scalar("id")!,
            Names: e.Items("aliases").Cast<YamlScalarNode>().Select(a => a.Value!).Append(e.Scalar("name")!).ToList())).ToList();
        // One alternation, longest names first: .NET tries alternatives in order, which gives leftmost-longest matches.
        var names = entities.SelectMany(e => e.Names.Select(n => (Folded: Fold(n), e.Id))).Where(n => n.Folded.Length > 0)
            .OrderByDescending(n => n.Folded.Length).ThenBy(n => n.Folded, StringComparer.Ordinal).ToList();
        var owner = names.GroupBy(n => n.Folded).ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToHashSet());
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(" + string.Join("|", names.Select(n => Regex.Escape(n.Folded)).Distinct()) + @")(?![\p{L}\p{N}])");
        var expected = entities.ToDictionary(e => e.Id, _ => new HashSet<string>());
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        foreach (var article in articles)
        {
            var original = VisibleText(site.Page(article));
            var folded = Fold(original, keepLength: true);
            foreach (Match m in pattern.Matches(folded))
            {
                if (!char.IsUpper(original[m.Index]) && !char.IsDigit(original[m.Index])) continue;
                foreach (var id in owner[m.Value]) expected[id].Add(Path.GetFileName(article));
            }
        }
        var checkedEntities = 0;
        foreach (var (id, _) in entities)
        {
            var listed = site.Page($"entities/{id}.html").QuerySelectorAll(".mention-article a").Select(a => Path.GetFileName(a.GetAttribute("href")!)).ToHashSet();
            Assert.True(expected[id].SetEquals(listed), $"{id}: expected [{string.Join(", ", expected[id].Order())}], listed [{string.Join(", ", listed.Order())}]");
            if (listed.Count > 0) checkedEntities++;
        }
        Assert.True(checkedEntities >= 20, $"only {checkedEntities} entities are mentioned anywhere");
    }

    [Fact]
    public void TheFirstMentionInEachArticleLinksToTheEntity()
    {
        foreach (var article in site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)))
        {
            var links = site.Page(article).QuerySelectorAll(".article-body a[href*='entities/']").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.Equal(links.Distinct().Count(), links.Count);
            Assert.All(links, l => Assert.True(File.Exists(site.PathOf("articles/" + l)), l));
        }
        var (_, dawat) = site.ArticleFromFile("004_5e676c2a02e16e5b.txt");
        Assert.DoesNotContain(dawat.QuerySelectorAll(".article-body a[href*='entities/']"), a => a.GetAttribute("href")!.EndsWith("dawat-media-center.html"));
    }

    [Fact]
    public void EntityPagesShowSentencesClaimsEventsAndCompanions()
    {
        var index = site.Page("entities/index.html");
        Assert.Equal(["Who is named with whom", "People", "Organisations", "Places"], index.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        var ttp = site.Page("entities/ttp.html");
        var sentences = ttp.QuerySelectorAll(".mentions li").ToList();
        Assert.NotEmpty(sentences);
        foreach (var sentence in sentences)
        {
            var href = sentence.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Matches(@"^\.\./articles/[a-z0-9-]+\.html#p\d+$", href);
            var paragraph = site.Page("articles/" + href[12..href.IndexOf('#')]).GetElementById(href[(href.IndexOf('#') + 1)..])!;
            var text = sentence.FirstChild!.TextContent.Trim().TrimEnd('…');
            Assert.Contains(Fold(text[..Math.Min(60, text.Length)]), Fold(paragraph.TextContent));
        }
        Assert.NotEmpty(ttp.QuerySelectorAll("article.claim"));
        Assert.NotEmpty(ttp.QuerySelectorAll("#entity-companions ~ ul a"));
    }

    /// <summary>The article text a reader sees: the body, without ¶ links, notes or omission notices.</summary>
    private static string VisibleText(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var body = (IElement)page.QuerySelector(".article-body")!.Clone();
        foreach (var e in body.QuerySelectorAll(".pilcrow, aside.note, .omission").ToList()) e.Remove();
        return string.Join("\n\n", body.QuerySelectorAll("p, li, h2, h3, h4, .block").Select(e => e.TextContent));
    }

    /// <summary>Case, diacritics, dashes, quote marks and whitespace folded; with keepLength each character folds to one.</summary>
    private static string Fold(string s, bool keepLength = false)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var f = char.IsWhiteSpace(c) ? ' '
                : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212".Contains(c) ? '-'
                : "\u2018\u2019\u201A\u201B\u201C\u201D\"'`".Contains(c) ? '\''
                : char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD)[0];
            if (!keepLength && f == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(f);
        }
        return keepLength ? builder.ToString() : builder.ToString().Trim();
    }
}
