using System.Text.Json;
using Dossier.Articles;
using Dossier.Links;
using Dossier.Outlets;

namespace Dossier.StructuredData;

/// <summary>The schema.org description of an article: a NewsArticle, with only what its metadata establishes.</summary>
public static class ArticleData
{
    /// <summary>The article's own JSON-LD object, for its page.</summary>
    public static string Of(Article a, IReadOnlyDictionary<string, Outlet> outlets, LinkGenerator addresses) =>
        JsonLd.Object("NewsArticle", w => Properties(w, a, outlets, addresses, described: true));

    /// <summary>The article as a nested value, without its summary: where a claim appears.</summary>
    public static void Write(Utf8JsonWriter w, Article a, IReadOnlyDictionary<string, Outlet> outlets, LinkGenerator addresses) =>
        w.WriteTyped("NewsArticle", p => Properties(p, a, outlets, addresses, described: false));

    private static void Properties(Utf8JsonWriter w, Article a, IReadOnlyDictionary<string, Outlet> outlets, LinkGenerator addresses, bool described)
    {
        w.WriteString("headline", a.Meta.Title);
        w.WriteString("url", addresses.To(Routes.Article(a.Slug)));
        if (described) w.Optional("description", a.Meta.Summary);
        // Said only when known: an unknown outlet is no publisher, and an undated article has no date.
        if (outlets.TryGetValue(a.Meta.Outlet, out var outlet))
            w.Typed("publisher", "Organization", p =>
            {
                p.WriteString("name", outlet.Name);
                p.Optional("url", outlet.Url);
            });
        w.Optional("datePublished", a.Meta.Published?.Iso);
        w.Optional("isBasedOn", a.Meta.Url);
        w.Optional("archivedAt", a.Meta.ArchiveUrl);
    }
}
