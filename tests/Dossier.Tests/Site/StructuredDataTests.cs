using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>The schema.org JSON-LD of the pages: each block parses, names its context, and has the properties its type requires.</summary>
public sealed class StructuredDataTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private IEnumerable<(string Page, JsonElement Data)> Blocks() =>
        site.Pages.SelectMany(page => site.Page(page).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => (page, JsonDocument.Parse(s.TextContent).RootElement)));

    private JsonElement Of(string page) => Assert.Single(Blocks(), b => b.Page == page).Data;

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    [Fact]
    public void EveryBlockParsesAndDeclaresSchemaOrg()
    {
        var blocks = Blocks().ToList();
        Assert.True(blocks.Count > 50, $"{blocks.Count} blocks");
        foreach (var (page, data) in blocks)
        {
            Assert.Equal("https://schema.org", Text(data, "@context"));
            Assert.False(string.IsNullOrEmpty(Text(data, "@type")), page);
        }
        // One block at most per page.
        Assert.Equal(blocks.Count, blocks.Select(b => b.Page).Distinct().Count());
    }

    [Fact]
    public void ClaimPagesHaveAClaimReviewOnTheAdmiraltyScale()
    {
        var claims = site.Pages.Where(p => p.StartsWith("claims/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(claims);
        foreach (var page in claims)
        {
            var data = Of(page);
            Assert.Equal("ClaimReview", Text(data, "@type"));
            Assert.Equal(site.Page(page).QuerySelector("h1")!.TextContent.Trim(), Text(data, "claimReviewed"));
            Assert.Equal("https://example.github.io/dossier/" + page, Text(data, "url"));
            var rating = data.GetProperty("reviewRating");
            Assert.Equal("Rating", Text(rating, "@type"));
            var value = rating.GetProperty("ratingValue").GetInt32();
            Assert.InRange(value, 1, 6);
            Assert.Equal(1, rating.GetProperty("bestRating").GetInt32());
            Assert.Equal(6, rating.GetProperty("worstRating").GetInt32());
            Assert.EndsWith(": " + Text(rating, "alternateName"), site.Page(page).QuerySelector("a.badge[class*=grade-]")!.TextContent);
            Assert.StartsWith($"{value}: ", site.Page(page).QuerySelector("a.badge[class*=grade-]")!.TextContent);
            Assert.False(string.IsNullOrEmpty(Text(data.GetProperty("author"), "name")));
            var item = data.GetProperty("itemReviewed");
            Assert.Equal("Claim", Text(item, "@type"));
            var appearances = item.GetProperty("appearance").EnumerateArray().ToList();
            Assert.NotEmpty(appearances);
            Assert.All(appearances, a => Assert.False(string.IsNullOrEmpty(Text(a, "headline"))));
        }
    }

    [Fact]
    public void ArticlePagesHaveANewsArticleThatSaysOnlyWhatIsKnown()
    {
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, articles.Count);
        var withPublisher = 0;
        foreach (var page in articles)
        {
            var data = Of(page);
            var document = site.Page(page);
            Assert.Equal("NewsArticle", Text(data, "@type"));
            Assert.Equal(document.QuerySelector("h1")!.TextContent.Trim(), Text(data, "headline"));
            // A publisher only for a named outlet, a date only when the article's date is known.
            var named = document.QuerySelector(".article-header .facts dd a[href*='sources.html#outlet-']");
            Assert.Equal(named is not null, data.TryGetProperty("publisher", out var publisher));
            if (named is not null)
            {
                Assert.Equal(named.TextContent, Text(publisher, "name"));
                withPublisher++;
            }
            var time = document.QuerySelector(".article-header .facts time");
            Assert.Equal(time?.GetAttribute("datetime"), Text(data, "datePublished"));
            var original = document.QuerySelector(".article-header .facts a[rel~=nofollow]")?.GetAttribute("href");
            Assert.Equal(original, Text(data, "isBasedOn"));
        }
        Assert.Equal(1, withPublisher);
    }

    [Fact]
    public void ArticlePagesCarryCitationMetadataForReferenceManagers()
    {
        var articles = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        foreach (var page in articles)
        {
            var document = site.Page(page);
            string? Meta(string name) => Assert.Single(document.QuerySelectorAll($"meta[name={name}]").Select(m => m.GetAttribute("content")).DefaultIfEmpty(null));
            Assert.Equal(document.QuerySelector("h1")!.TextContent.Trim(), Meta("citation_title"));
            var named = document.QuerySelector(".article-header .facts dd a[href*='sources.html#outlet-']");
            Assert.Equal(named?.TextContent, Meta("citation_publisher"));
            var time = document.QuerySelector(".article-header .facts time")?.GetAttribute("datetime");
            Assert.Equal(time?.Replace('-', '/'), Meta("citation_date"));
        }
        // The seeds: one named outlet, and no article whose date is known, so no date is claimed.
        Assert.Single(articles, p => site.Page(p).QuerySelector("meta[name=citation_publisher]") is not null);
    }

    [Fact]
    public void EntityPagesArePeopleOrganisationsAndPlaces()
    {
        var entities = site.Pages.Where(p => p.StartsWith("entities/", StringComparison.Ordinal) && p != "entities/index.html" && !p.Contains(".page-")).ToList();
        Assert.NotEmpty(entities);
        foreach (var page in entities)
        {
            var data = Of(page);
            var kind = site.Page(page).QuerySelector(".kicker a")!.TextContent;
            Assert.Equal(kind switch { "person" => "Person", "organisation" => "Organization", _ => "Place" }, Text(data, "@type"));
            Assert.Equal(site.Page(page).QuerySelector("h1")!.TextContent, Text(data, "name"));
            // The seed entities give no Wikidata item, so no sameAs is claimed.
            Assert.False(data.TryGetProperty("sameAs", out _));
        }
    }

    [Fact]
    public void TheFrontPageIsAWebSiteWithItsSearch()
    {
        var data = Of("index.html");
        Assert.Equal("WebSite", Text(data, "@type"));
        Assert.Equal("https://example.github.io/dossier/", Text(data, "url"));
        Assert.Equal("https://example.github.io/dossier/search.html?q={search_term_string}", Text(data.GetProperty("potentialAction"), "target"));
    }

    [Fact]
    public void TheDownloadsPageIsADatasetOfEveryFileItLinks()
    {
        var data = Of("data.html");
        Assert.Equal("Dataset", Text(data, "@type"));
        Assert.False(string.IsNullOrEmpty(Text(data, "name")));
        Assert.False(string.IsNullOrEmpty(Text(data, "description")));
        Assert.Equal("Editorial text CC BY 4.0; quoted articles remain the property of their publishers.", Text(data, "license"));
        var downloads = data.GetProperty("distribution").EnumerateArray().ToList();
        Assert.True(downloads.Count >= 9);
        foreach (var download in downloads)
        {
            Assert.Equal("DataDownload", Text(download, "@type"));
            var url = Text(download, "contentUrl")!;
            Assert.StartsWith("https://example.github.io/dossier/data/", url);
            Assert.True(File.Exists(site.PathOf(url["https://example.github.io/dossier/".Length..])), url);
            Assert.False(string.IsNullOrEmpty(Text(download, "encodingFormat")));
        }
    }

    [Fact]
    public void NoValueCanCloseItsScriptElement()
    {
        foreach (var page in site.Pages)
        {
            var html = File.ReadAllText(site.PathOf(page));
            var at = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
            if (at < 0) continue;
            var body = html[(at + 35)..html.IndexOf("</script>", at, StringComparison.Ordinal)];
            Assert.DoesNotContain("<", body);
        }
    }
}
